import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from './audit-entry.entity';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { AuditCheckpointer } from './audit-checkpointer';
import { AuditCheckpointStore, AuditSigningKeys } from './checkpoint-store';
import { AppConfig } from '@app/config';
import { AuditCheckpointsSchedule } from './jobs/audit-checkpoints.schedule';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [
    AuditRepository,
    AuditService,
    AuditChainVerifier,
    AuditCheckpointer,
    // Run by the worker's ScheduleRegistry (libs/queue), which finds it by its @RegisterSchedule().
    AuditCheckpointsSchedule,
    { provide: AuditCheckpointStore, useFactory: (config: AppConfig) => new AuditCheckpointStore(config), inject: [AppConfig] },
    { provide: AuditSigningKeys, useFactory: (config: AppConfig) => new AuditSigningKeys(config), inject: [AppConfig] },
  ],
  exports: [AuditService, AuditChainVerifier, AuditCheckpointer],
})
export class AuditModule {}
