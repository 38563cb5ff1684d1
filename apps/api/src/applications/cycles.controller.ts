import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam, Clock, DEFAULT_PAGE_SIZE } from '@app/common';
import { CyclesService, DEFAULT_ELIGIBILITY_POLICY, DEFAULT_EVIDENCE_RULES, ELIGIBILITY_POLICY_SCHEMA, EligibilityPolicy, EVIDENCE_RULES_SCHEMA, EvidenceRules, RUBRIC_SCHEMA } from '@app/applications';
import { DEFAULT_RUBRIC } from '@app/review';
import type { AuthUser } from '@app/identity';
import { CreateCycleDto, CycleDto, CyclePageDto, CycleSettingsSchemasDto, FormQueryDto, ListCyclesQueryDto, UpdateCycleDto } from './dto/cycle.dto';
import { FormVersionDto } from './dto/form.dto';

@ApiTags('cycles')
@ApiBearerAuth('bearer')
@Controller('cycles')
export class CyclesController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @AnyRole()
  @ApiOkResponse({ type: CyclePageDto })
  @ApiErrors(400, 401)
  async list(@Query() query: ListCyclesQueryDto): Promise<CyclePageDto> {
    const page = await this.cycles.list({ open: query.open, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    const now = this.clock.now();
    return { items: page.items.map((c) => CycleDto.from(c, now)), nextCursor: page.nextCursor };
  }

  @Get('settings-schemas')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CycleSettingsSchemasDto, description: 'The JSON Schemas a cycle\'s eligibility policy, evidence rules and rubric are validated with on save, and their defaults' })
  @ApiErrors(401, 403)
  settingsSchemas(): CycleSettingsSchemasDto {
    return {
      eligibilityPolicy: { schema: ELIGIBILITY_POLICY_SCHEMA, default: DEFAULT_ELIGIBILITY_POLICY },
      evidenceRules: { schema: EVIDENCE_RULES_SCHEMA, default: DEFAULT_EVIDENCE_RULES },
      rubric: { schema: RUBRIC_SCHEMA, default: DEFAULT_RUBRIC },
    };
  }

  @Get(':id')
  @AnyRole()
  @ApiOkResponse({ type: CycleDto })
  @ApiErrors(401, 404)
  async get(@Param('id', ParseUuidParam) id: string): Promise<CycleDto> {
    return CycleDto.from(await this.cycles.get(id), this.clock.now());
  }

  @Get(':id/form')
  @AnyRole()
  @ApiOkResponse({ type: FormVersionDto, description: 'The form version this cycle uses for the level' })
  @ApiErrors(400, 401, 404)
  async form(@Param('id', ParseUuidParam) id: string, @Query() query: FormQueryDto): Promise<FormVersionDto> {
    return FormVersionDto.from(await this.cycles.formFor(id, query.level));
  }

  @Post()
  @Roles(Role.Admin)
  @ApiCreatedResponse({ type: CycleDto })
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateCycleDto): Promise<CycleDto> {
    const cycle = await this.cycles.create(
      { ...dto, eligibilityPolicy: dto.eligibilityPolicy as EligibilityPolicy | undefined, evidenceRules: dto.evidenceRules as Partial<EvidenceRules> | undefined },
      user.id,
    );
    return CycleDto.from(cycle, this.clock.now());
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CycleDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UpdateCycleDto): Promise<CycleDto> {
    const cycle = await this.cycles.update(
      id,
      { ...dto, eligibilityPolicy: dto.eligibilityPolicy as EligibilityPolicy | undefined, evidenceRules: dto.evidenceRules as Partial<EvidenceRules> | undefined },
      user.id,
    );
    return CycleDto.from(cycle, this.clock.now());
  }
}
