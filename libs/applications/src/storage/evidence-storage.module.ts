import { Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { EvidenceStorage } from './evidence-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3EvidenceStorage } from './s3.storage';

/** The evidence store STORAGE_DRIVER chooses: one instance for the applications and the readiness probe. */
@Module({
  providers: [
    {
      provide: EvidenceStorage,
      inject: [AppConfig],
      useFactory: (config: AppConfig): EvidenceStorage => (config.STORAGE_DRIVER === 's3' ? new S3EvidenceStorage(config) : new LocalDiskStorage(config)),
    },
  ],
  exports: [EvidenceStorage],
})
export class EvidenceStorageModule {}
