import { Module } from '@nestjs/common';
import { AdminAuditController } from './admin-audit.controller';

/** HTTP routes of the audit log (the per-file audit and timeline live with the applications' routes). */
@Module({ controllers: [AdminAuditController] })
export class AuditHttpModule {}
