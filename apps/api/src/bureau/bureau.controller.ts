import { Body, Controller, Get, HttpStatus, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { ConfirmationService, FILING_FIELDS, FILING_FORMAT_VERSION } from '@app/certificates';
import type { AuthUser } from '@app/identity';
import { contentDisposition } from '../applications/dto/attachment.dto';
import {
  AwaitingConfirmationFileDto,
  AwaitingConfirmationPageDto,
  AwaitingConfirmationQueryDto,
  BatchFileDto,
  ConfirmationBatchDto,
  ConfirmationBatchPageDto,
  ConfirmationResultDto,
  ConfirmBatchDto,
  FilingDocumentDto,
} from './dto/bureau.dto';

/**
 * The human-resources bureau's officer: the files awaiting confirmation, confirming a batch, the
 * batches and their filing export (domain.md §8). The role is bound to the bureau: an officer
 * who does not act for the bureau of the files' host office sees empty lists and 404s.
 */
@ApiTags('bureau: confirmation')
@ApiBearerAuth('bearer')
@Roles(Role.AuthorityOfficer)
@Controller('bureau')
export class BureauController {
  constructor(private readonly confirmation: ConfirmationService) {}

  @Get('awaiting-confirmation')
  @ApiOperation({
    summary: 'Files whose public notice closed cleanly, waiting for the bureau’s confirmation, oldest first (keyset); optionally of one cycle. Your own files are left out.',
    description: 'Empty for an officer who does not act for the bureau of the files’ host office.',
  })
  @ApiOkResponse({ type: AwaitingConfirmationPageDto })
  @ApiErrors(400, 401, 403)
  async awaiting(@CurrentUser() officer: AuthUser, @Query() query: AwaitingConfirmationQueryDto): Promise<AwaitingConfirmationPageDto> {
    const page = await this.confirmation.awaiting(officer, { cycleId: query.cycleId, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map((f) => AwaitingConfirmationFileDto.from(f)), nextCursor: page.nextCursor };
  }

  @Post('confirmation-batches')
  @ApiOperation({
    summary: 'Confirm a batch of files with an approval document number (文号) and its date of issue',
    description:
      'Each file becomes approved (confirm_title) and its certificate is issued, carrying the document number and the date of issue; the holders are told (application.approved). All or nothing, in one transaction. ' +
      'Idempotent: the same document number with the same files and date again answers 200 with the same batch (created: false). ' +
      '400 VALIDATION_FAILED naming documentNumber, issuedOn (ISSUE_DATE_IN_FUTURE, ISSUE_DATE_BEFORE_PASS) or applicationIds; 404 APPLICATION_NOT_FOUND for unknown files, your own, and every file when you do not act for the bureau of the host office; ' +
      '409 CONFIRMATION_FILE_NOT_AWAITING naming each file not awaiting confirmation (details.files; e.g. another officer confirmed it first), 409 CONFIRMATION_DOCUMENT_NUMBER_TAKEN when the number confirmed other files.',
  })
  @ApiCreatedResponse({ type: ConfirmationResultDto, description: 'The new batch (200 with created: false for a repeated request)' })
  @ApiOkResponse({ type: ConfirmationResultDto, description: 'An identical earlier request’s batch' })
  @ApiErrors(400, 401, 403, 404, 409)
  async confirm(@CurrentUser() officer: AuthUser, @Body() dto: ConfirmBatchDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConfirmationResultDto> {
    const { batch, created } = await this.confirmation.confirm(officer, dto);
    void reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return { created, batch: ConfirmationBatchDto.from(batch) };
  }

  @Get('confirmation-batches')
  @ApiOperation({ summary: 'The confirmation batches, newest first (keyset); empty for an officer of another bureau' })
  @ApiOkResponse({ type: ConfirmationBatchPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() officer: AuthUser, @Query() query: CursorQueryDto): Promise<ConfirmationBatchPageDto> {
    const page = await this.confirmation.list(officer, { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map((b) => ConfirmationBatchDto.from(b)), nextCursor: page.nextCursor };
  }

  @Get('confirmation-batches/:id')
  @ApiOperation({ summary: 'One confirmation batch; 404 CONFIRMATION_BATCH_NOT_FOUND to an officer of another bureau' })
  @ApiOkResponse({ type: ConfirmationBatchDto })
  @ApiErrors(401, 403, 404)
  async get(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ConfirmationBatchDto> {
    return ConfirmationBatchDto.from(await this.confirmation.get(officer, id));
  }

  @Get('confirmation-batches/:id/files')
  @ApiOperation({ summary: 'The files a batch confirmed, with their certificates, by certificate number' })
  @ApiOkResponse({ type: [BatchFileDto] })
  @ApiErrors(401, 403, 404)
  async files(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<BatchFileDto[]> {
    return (await this.confirmation.batchFiles(officer, id)).map((f) => BatchFileDto.from(f));
  }

  @Get('confirmation-batches/:id/filing.csv')
  @ApiOperation({
    summary: `The batch's filing export for the national title record as CSV (format version ${FILING_FORMAT_VERSION})`,
    description: `UTF-8 with BOM, CRLF, a header row; columns in this order: ${FILING_FIELDS.join(', ')}. Identity numbers in full: the bureau's officers only; every export is audited (confirmation_batch.filing_exported).`,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(401, 403, 404)
  async filingCsv(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const filing = await this.confirmation.filing(officer, id, 'csv');
    const body = Buffer.from(filing.csv!, 'utf8');
    void reply.header('Cache-Control', 'private, no-store').header('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(body, { type: 'text/csv; charset=utf-8', disposition: contentDisposition(filing.fileName), length: body.length });
  }

  @Get('confirmation-batches/:id/filing.json')
  @ApiOperation({
    summary: `The batch's filing export for the national title record as a JSON document (formatVersion ${FILING_FORMAT_VERSION})`,
    description: 'The same records as the CSV, with the batch. Identity numbers in full: the bureau’s officers only; every export is audited.',
  })
  @ApiOkResponse({ type: FilingDocumentDto })
  @ApiErrors(401, 403, 404)
  async filingJson(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<FilingDocumentDto> {
    const filing = await this.confirmation.filing(officer, id, 'json');
    void reply.header('Cache-Control', 'private, no-store').header('Content-Disposition', contentDisposition(filing.fileName));
    return filing.document!;
  }
}
