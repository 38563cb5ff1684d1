import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Multipart } from '@fastify/multipart';
import type { Readable } from 'stream';
import { AnyRole, CurrentUser } from '@app/auth';
import { ApiErrors, ParseUuidParam, AppError, assertSafeText, ValidationFailedError } from '@app/common';
import { AttachmentsService, EvidenceTooLargeError } from '@app/applications';
import type { AuthUser } from '@app/identity';
import {
  AttachmentDto,
  AttachmentLimitsDto,
  AttachmentListDto,
  MULTIPART_FRAMING_ALLOWANCE,
  UPLOAD_MULTIPART_LIMITS,
  UploadAttachmentDto,
} from './dto/attachment.dto';
import { evidenceDownload } from './evidence-download';

@ApiTags('applications: evidence')
@ApiBearerAuth('bearer')
@AnyRole()
@Controller('applications/:id/attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @ApiOperation({
    summary: 'Upload one evidence file (owner, while the application is draft or returned)',
    description:
      'multipart/form-data with the field `kind` first, then the field `file`. Errors: 400 VALIDATION_FAILED (kind), ' +
      'INVALID_FILE_NAME, FILE_EMPTY; 404 APPLICATION_NOT_FOUND; 409 APPLICATION_NOT_EDITABLE, DUPLICATE_ATTACHMENT (the same bytes are already evidence of this file); 413 FILE_TOO_LARGE, ' +
      'APPLICATION_FILES_TOO_LARGE; 415 UNSUPPORTED_FILE_TYPE (content is not PDF/JPEG/PNG), UNSUPPORTED_MEDIA_TYPE (not multipart).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadAttachmentDto })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiErrors(400, 401, 404, 409, 413, 415)
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuidParam) id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AttachmentDto> {
    const attachment = await receiveUpload(request, reply, (kind, file, name, declared) => this.attachments.upload(user, id, kind, file, name, declared));
    return AttachmentDto.from(attachment);
  }

  @Get()
  @ApiOperation({ summary: "The application's evidence files and upload limits (whoever may see the application)" })
  @ApiOkResponse({ type: AttachmentListDto })
  @ApiErrors(400, 401, 404)
  async list(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<AttachmentListDto> {
    const list = await this.attachments.list(user, id);
    return { items: list.items.map((a) => AttachmentDto.from(a)), totalBytes: list.totalBytes, limits: AttachmentLimitsDto.from(list.limits) };
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'Download one evidence file (always as an attachment, never rendered inline)' })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The stored bytes with their detected media type', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 401, 404)
  async download(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuidParam) id: string,
    @Param('attachmentId', ParseUuidParam) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return evidenceDownload(reply, await this.attachments.open(user, id, attachmentId));
  }

  @Delete(':attachmentId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete one evidence file (owner, while the application is draft or returned)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(400, 401, 404, 409)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Param('attachmentId', ParseUuidParam) attachmentId: string): Promise<void> {
    return this.attachments.remove(user, id, attachmentId);
  }
}

type UploadHandler<T> = (kind: string, file: Readable, fileName: string, declaredFileBytes?: number) => Promise<T>;

/**
 * Walk the multipart body (`kind`, then `file`) and hand the file stream to `handle` unread,
 * so size and access checks run before any of its bytes are. HTTP framing stays here.
 */
async function receiveUpload<T>(request: FastifyRequest, reply: FastifyReply, handle: UploadHandler<T>): Promise<T> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data', HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }
  const contentLength = Number(request.headers['content-length']);
  const declaredFileBytes = Number.isSafeInteger(contentLength) && contentLength > 0 ? Math.max(0, contentLength - MULTIPART_FRAMING_ALLOWANCE) : undefined;
  let kind: string | undefined;
  let refused = false;
  try {
    for await (const part of request.parts()) {
      // Multipart bodies are streamed, so the global text check (http/text-safety.hook.ts)
      // never sees them: the same rule for each field's name and value, and the file's field name.
      assertSafeText([{ value: { [part.fieldname]: part.type === 'field' ? part.value : '' } }]);
      if (part.type === 'field') {
        if (part.fieldname !== 'kind') throw unknownField(part.fieldname);
        kind = String(part.value);
        continue;
      }
      return await handleFile(part, kind, handle, declaredFileBytes);
    }
    throw new ValidationFailedError([{ path: 'file', code: 'FIELD_REQUIRED', message: 'file is required' }], 'Invalid fields: file');
  } catch (error) {
    refused = true;
    throw error;
  } finally {
    settleBody(request, reply, refused);
  }
}

/**
 * Leave the connection clean whatever part of the body the parser did not read (it stops
 * at limits, and a refused file is never read): discard a small remainder, but answer a
 * refused, still-arriving body (possibly huge) and close the connection instead of reading it.
 */
function settleBody(request: FastifyRequest, reply: FastifyReply, refused: boolean): void {
  const raw = request.raw;
  if (raw.readableEnded) return;
  if (refused && !raw.complete) {
    void reply.header('connection', 'close');
    return;
  }
  raw.unpipe();
  raw.resume();
}

function handleFile<T>(part: Multipart & { type: 'file' }, kind: string | undefined, handle: UploadHandler<T>, declaredFileBytes?: number): Promise<T> {
  if (part.fieldname !== 'file') throw unknownField(part.fieldname);
  if (kind === undefined) {
    throw new ValidationFailedError([{ path: 'kind', code: 'FIELD_REQUIRED', message: 'kind is required and must be sent before file' }], 'Invalid fields: kind');
  }
  // At the hard ceiling the parser truncates the stream silently; turn that into an error.
  part.file.once('limit', () => part.file.destroy(new EvidenceTooLargeError(UPLOAD_MULTIPART_LIMITS.fileSize)));
  return handle(kind, part.file, part.filename, declaredFileBytes);
}

function unknownField(name: string): ValidationFailedError {
  return new ValidationFailedError([{ path: name, code: 'FIELD_UNKNOWN', message: `${name} is not an accepted field` }], `Invalid fields: ${name}`);
}
