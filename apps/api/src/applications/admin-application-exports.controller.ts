import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, CursorQueryDto, ParseUuidParam } from '@app/common';
import { ApplicationExportsService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import { RequestApplicationsExportDto } from './dto/application.dto';
import { ApplicationExportDto, ApplicationExportListDto } from './dto/application-export.dto';
import { contentDisposition } from './dto/attachment.dto';

/**
 * The admin list as a file, made by the worker: the request answers 202 with the export, read
 * back until done, then downloaded (until EXPORT_RETENTION_HOURS have passed). An export is
 * its requester's only: anyone else gets 404.
 */
@ApiTags('admin: applications')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/applications/exports')
export class AdminApplicationExportsController {
  constructor(private readonly exports: ApplicationExportsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Queue an export of the admin list (same filters and sort; never your own files) as CSV (UTF-8 with BOM) or XLSX; identity numbers masked; the request is audited',
  })
  @ApiAcceptedResponse({ type: ApplicationExportDto, description: 'Queued; read it back at GET admin/applications/exports/{id} until done' })
  @ApiErrors(400, 401, 403)
  async request(@CurrentUser() admin: AuthUser, @Body() dto: RequestApplicationsExportDto): Promise<ApplicationExportDto> {
    const { format, lang, ...filter } = dto;
    const created = await this.exports.request(admin, filter, format, lang ?? admin.locale);
    return ApplicationExportDto.from(created, false);
  }

  @Get()
  @ApiOperation({ summary: 'Your exports, newest first' })
  @ApiOkResponse({ type: ApplicationExportListDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() admin: AuthUser, @Query() query: CursorQueryDto): Promise<ApplicationExportListDto> {
    const page = await this.exports.list(admin, query);
    return { items: page.items.map((e) => ApplicationExportDto.from(e, this.exports.isExpired(e))), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your exports: status, rows, size, when it finished and expires (404 for anyone else’s)' })
  @ApiOkResponse({ type: ApplicationExportDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ApplicationExportDto> {
    const found = await this.exports.get(admin, id);
    return ApplicationExportDto.from(found, this.exports.isExpired(found));
  }

  @Get(':id/download')
  @ApiOperation({
    summary:
      'The file of one of your exports, streamed from storage; audited. 409 EXPORT_NOT_READY while queued or running, 409 EXPORT_FAILED, 410 EXPORT_EXPIRED, 404 for anyone else’s',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 401, 403, 404, 409, 410)
  async download(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.exports.download(admin, id);
    void reply.header('Cache-Control', 'private, no-store').header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, { type: file.contentType, disposition: contentDisposition(file.fileName), length: file.sizeBytes });
  }
}
