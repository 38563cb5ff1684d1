import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { OpenedAttachment } from '@app/applications';
import { contentDisposition } from './dto/attachment.dto';

/** An evidence file as a download: always an attachment, never sniffed, cached or rendered inline (every route that serves evidence). */
export function evidenceDownload(reply: FastifyReply, file: OpenedAttachment): StreamableFile {
  void reply
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .header('Content-Security-Policy', "default-src 'none'; sandbox");
  return new StreamableFile(file.stream, { type: file.mediaType, disposition: contentDisposition(file.originalName), length: file.sizeBytes });
}
