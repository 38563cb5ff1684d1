import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { FormsService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import { CreateFormVersionDto, FormVersionDto, FormVersionPageDto, FormVersionSummaryDto, ListFormVersionsQueryDto } from './dto/form.dto';

@ApiTags('forms')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Post()
  @ApiCreatedResponse({ type: FormVersionDto, description: 'A new draft version (the next version number of formKey)' })
  @ApiErrors(400, 401, 403)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateFormVersionDto): Promise<FormVersionDto> {
    return FormVersionDto.from(await this.forms.create(dto, user.id));
  }

  @Get()
  @ApiOkResponse({ type: FormVersionPageDto, description: 'Every version, drafts included, newest first' })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: ListFormVersionsQueryDto): Promise<FormVersionPageDto> {
    const page = await this.forms.list({ level: query.level, status: query.status, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map(FormVersionSummaryDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: FormVersionDto })
  @ApiErrors(401, 403, 404)
  async get(@Param('id', ParseUuidParam) id: string): Promise<FormVersionDto> {
    return FormVersionDto.from(await this.forms.get(id));
  }

  @Post(':id/publish')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: FormVersionDto, description: 'Published: the version is immutable from now on' })
  @ApiErrors(400, 401, 403, 404, 409)
  async publish(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<FormVersionDto> {
    return FormVersionDto.from(await this.forms.publish(id, user.id));
  }
}
