import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@app/applications';
import { AdminAuditController } from './admin-audit.controller';

/** HTTP routes of the audit log (the per-file audit and timeline live with the applications' routes). */
@Module({ imports: [ApplicationsModule], controllers: [AdminAuditController] })
export class AuditHttpModule {}
