import * as fs from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { DeleteBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

/** The part of s3rver (no type definitions of its own) this helper uses. */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
}
type S3rverConstructor = new (options: Record<string, unknown>) => S3rverInstance;

/** s3rver's fixed credentials (it checks signatures made with them). */
const ACCESS_KEY_ID = 'S3RVER';
const SECRET_ACCESS_KEY = 'S3RVER';
const REGION = 'us-east-1';

/**
 * A real S3-speaking server (s3rver, files in a temporary folder) on a free local port, with one
 * bucket, for tests of the S3 evidence store. `env` is the portal configuration that points at it.
 */
export class S3TestServer {
  readonly bucket: string;
  private server?: S3rverInstance;
  private directory?: string;
  private endpointUrl?: string;
  private listClient?: S3Client;

  constructor(bucket = 'evidence-test') {
    this.bucket = bucket;
  }

  async start(): Promise<this> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const S3rver = require('s3rver') as S3rverConstructor;
    this.directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-s3rver-'));
    this.server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: this.directory, configureBuckets: [{ name: this.bucket }] });
    const { port } = await this.server.run();
    this.endpointUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  get endpoint(): string {
    if (!this.endpointUrl) throw new Error('S3TestServer: not started');
    return this.endpointUrl;
  }

  /** STORAGE_DRIVER=s3 and the S3_* settings of this server. */
  get env(): Record<string, string> {
    return {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: this.endpoint,
      S3_REGION: REGION,
      S3_BUCKET: this.bucket,
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      S3_FORCE_PATH_STYLE: 'true',
    };
  }

  /** A client of this server, for tests that look into the bucket. */
  client(): S3Client {
    return (this.listClient ??= new S3Client({
      endpoint: this.endpoint,
      region: REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }));
  }

  /** Every object key in the bucket, sorted. */
  async keys(): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client().send(new ListObjectsV2Command({ Bucket: this.bucket, ContinuationToken: token }));
      keys.push(...(page.Contents ?? []).map((o) => o.Key!));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  /** Remove the bucket, so the store's HeadBucket fails (readiness tests). Only an empty bucket can go. */
  async deleteBucket(): Promise<void> {
    await this.client().send(new DeleteBucketCommand({ Bucket: this.bucket }));
  }

  async close(): Promise<void> {
    this.listClient?.destroy();
    // Kept-alive sockets of the clients under test would hold close() open.
    this.server?.httpServer?.closeAllConnections();
    await this.server?.close().catch(() => undefined);
    if (this.directory) fs.rmSync(this.directory, { recursive: true, force: true });
  }
}
