import { Module } from '@nestjs/common';
import { EvidenceStorageModule } from '@app/applications';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [EvidenceStorageModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
