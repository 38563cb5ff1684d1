import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam } from '@app/common';
import { FormsService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import { CreateFormVersionDto, FormVersionDto } from './dto/form.dto';

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
