import { Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { EvidenceStorage } from './evidence-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3EvidenceStorage } from './s3.storage';

/** The store STORAGE_DRIVER names: local disk (the default) or an S3-compatible bucket. */
export function evidenceStorageFor(config: AppConfig): EvidenceStorage {
  return config.STORAGE_DRIVER === 's3' ? new S3EvidenceStorage(config) : new LocalDiskStorage(config);
}

/** One evidence store per app, shared by the applications and the readiness probe. */
@Module({
  providers: [{ provide: EvidenceStorage, inject: [AppConfig], useFactory: evidenceStorageFor }],
  exports: [EvidenceStorage],
})
export class EvidenceStorageModule {}
