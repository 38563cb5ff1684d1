import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors } from '@app/common';
import { ApplicationExportService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import { ExportApplicationsQueryDto } from './dto/application.dto';
import { contentDisposition } from './dto/attachment.dto';

@ApiTags('admin: applications')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/applications')
export class AdminApplicationsExportController {
  constructor(private readonly exports: ApplicationExportService) {}

  @Get('export')
  @ApiOperation({
    summary: 'The admin list (same filters and sort; never your own files) as CSV (UTF-8 with BOM) or XLSX, streamed; identity numbers masked; the export is audited',
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file, streamed (no Content-Length)', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 401, 403)
  async export(
    @CurrentUser() admin: AuthUser,
    @Query() query: ExportApplicationsQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { format, lang, ...filter } = query;
    const file = await this.exports.export(admin, filter, format, lang ?? admin.locale);
    void reply.header('Cache-Control', 'private, no-store').header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.stream, { type: file.contentType, disposition: contentDisposition(file.fileName) });
  }
}
