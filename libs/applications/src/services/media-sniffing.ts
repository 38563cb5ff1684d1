import { Readable } from 'stream';
import { fileTypeFromBuffer } from 'file-type';

/** How many leading bytes decide the media type (file-type's recommended sample size). */
export const MEDIA_SNIFF_BYTES = 4100;

/**
 * Read at least `bytes` bytes (or the whole stream if shorter) without losing them: the
 * returned stream yields the head again followed by the rest. The source is left paused,
 * so a caller that gives up can still drain or destroy it.
 */
export function peekHead(source: Readable, bytes: number): Promise<{ head: Buffer; stream: Readable }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const cleanup = () => {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
    };
    const finish = (ended: boolean) => {
      cleanup();
      const head = Buffer.concat(chunks, length);
      if (ended) return resolve({ head, stream: Readable.from(head.length ? [head] : []) });
      source.pause();
      source.unshift(head);
      resolve({ head, stream: source });
    };
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buf);
      length += buf.length;
      if (length >= bytes) {
        source.pause();
        finish(false);
      }
    };
    const onEnd = () => finish(true);
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    if (source.readableEnded) return resolve({ head: Buffer.alloc(0), stream: Readable.from([]) });
    source.on('data', onData);
    source.once('end', onEnd);
    source.once('error', onError);
  });
}

/** The media type decided by the content alone, or null when unrecognised. */
export async function sniffMediaType(head: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(head))?.mime ?? null;
}
