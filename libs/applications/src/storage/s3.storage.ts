import { PassThrough, Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Logger, OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '@app/config';
import { checkedEvidenceKey, EvidenceStorage, EvidenceWriteOptions, MeteredDigest, newEvidenceKey, StoredEvidence } from './evidence-storage';

/** The S3 minimum for a multipart part: an upload holds at most PART_SIZE × QUEUE_SIZE bytes in memory. */
const PART_SIZE = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

export type S3StorageSettings = Pick<AppConfig, 'S3_ENDPOINT' | 'S3_REGION' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE'>;

/** The client for these settings. The secret goes into the SDK's credentials only, never into a field of ours or a message. */
export function s3ClientFor(settings: S3StorageSettings): S3Client {
  return new S3Client({
    endpoint: settings.S3_ENDPOINT || undefined,
    region: settings.S3_REGION,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY },
    // The SDK's default (since 3.729) adds CRC32 checksums and aws-chunked bodies to every upload,
    // which several S3-compatible stores refuse; the portal keeps its own SHA-256 of every file.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that does not accept the connection fails the request (and readiness) soon; a
    // transfer in progress has no deadline, as a slow client's download may pause for a while.
    requestHandler: { connectionTimeout: 5_000 },
  });
}

/**
 * Evidence in an S3-compatible bucket (AWS S3, MinIO, Alibaba OSS, Tencent COS, Huawei OBS).
 * Uploads stream through lib-storage's Upload (one PutObject for a small file, a multipart
 * upload past 5 MiB), so at most a couple of parts are held in memory. A write is
 * all-or-nothing: a failed or refused upload is aborted (its parts dropped) and whatever
 * could have been written under its key is deleted before the error is passed on.
 */
export class S3EvidenceStorage extends EvidenceStorage implements OnModuleDestroy {
  private readonly logger = new Logger(S3EvidenceStorage.name);
  private readonly bucket: string;

  constructor(
    settings: S3StorageSettings,
    private readonly client: S3Client = s3ClientFor(settings),
  ) {
    super();
    this.bucket = settings.S3_BUCKET;
  }

  async write(source: Readable, opts: EvidenceWriteOptions = {}): Promise<StoredEvidence> {
    const key = newEvidenceKey();
    const meter = new MeteredDigest(opts.maxBytes);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: meter, ContentType: 'application/octet-stream' },
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    // The source's error (a client gone, the size limit) reaches the upload through the meter;
    // the upload's error (the store refused) stops the source, so neither side waits forever.
    const piped = pipeline(source, meter);
    const uploaded = upload.done().catch((error: unknown) => {
      meter.destroy(error as Error);
      throw error;
    });
    // Both settled: no part request is still in flight when we clean up below.
    const [pipedResult, uploadResult] = await Promise.allSettled([piped, uploaded]);
    if (pipedResult.status === 'fulfilled' && uploadResult.status === 'fulfilled') {
      return { key, sizeBytes: meter.bytes, sha256: meter.digest() };
    }
    // Upload already aborted a multipart upload it had begun; a single PutObject that made it
    // (a failure after the last byte) is deleted here.
    await this.deleteQuietly(key);
    throw pipedResult.status === 'rejected' ? pipedResult.reason : (uploadResult as PromiseRejectedResult).reason;
  }

  /**
   * A stream at once (the port is synchronous), fed by GetObject once it answers: a missing
   * key or a broken connection errors the stream, as a missing file does on local disk.
   */
  read(key: string): Readable {
    const Key = checkedEvidenceKey(key);
    const out = new PassThrough();
    const abort = new AbortController();
    // A reader that goes away (client disconnect) cancels the request or the body still coming.
    out.once('close', () => abort.abort());
    this.client
      .send(new GetObjectCommand({ Bucket: this.bucket, Key }), { abortSignal: abort.signal })
      .then(async (response) => {
        const body = response.Body as Readable | undefined;
        if (!body) throw new Error('Object storage answered without a body');
        await pipeline(body, out);
      })
      .catch((error: Error) => out.destroy(error));
    return out;
  }

  async remove(key: string): Promise<void> {
    // DeleteObject of a missing key succeeds: removing twice is not an error.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedEvidenceKey(key) }));
  }

  override async probe(): Promise<void> {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }

  onModuleDestroy(): void {
    this.client.destroy();
  }

  private async deleteQuietly(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      // Most likely the store is unreachable, and then it holds nothing under this fresh key either.
      this.logger.warn({ err: error, storageKey: key }, 'Could not delete what a failed upload may have written');
    }
  }
}
