import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Clock, SHANGHAI_OFFSET_MS, shanghaiDate } from '@app/common';
import { Application, ApplicationAccess, ApplicationError, ApplicationWorkflow } from '@app/applications';
import { AuthUser, UserAdminService, UserDirectory } from '@app/identity';
import { CertificateError } from '../certificates.errors';
import { CertificatesRepository } from './certificates.repository';

/**
 * When a bar that starts at `from` for `years` ends: midnight (Asia/Shanghai) of the same
 * calendar day `years` later, so "barred until 2029-11-29" means from that day on. A 29
 * February start ends on 1 March.
 */
export function barEnd(from: Date, years: number): Date {
  const [y, m, d] = shanghaiDate(from).split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d) - SHANGHAI_OFFSET_MS);
}

/**
 * Revocation of an approved title for fraud (domain.md §8): the file becomes `revoked`, its
 * certificate shows as revoked with the reason, and the holder is barred from applying for
 * REVOCATION_BAR_YEARS, all in the workflow's one transaction, with the holder notified.
 */
@Injectable()
export class RevocationService {
  constructor(
    private readonly workflow: ApplicationWorkflow,
    private readonly access: ApplicationAccess,
    private readonly certificates: CertificatesRepository,
    private readonly users: UserAdminService,
    private readonly directory: UserDirectory,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * What revoking the file now would bar: until when its holder could not apply (a later bar
   * already set is kept, as revoke() keeps it). 404 for the admin's own file, 409 when the
   * file is not approved (nothing to revoke).
   */
  async preview(admin: AuthUser, applicationId: string): Promise<{ barredUntil: Date; barYears: number }> {
    const file = await this.access.handledById(admin, applicationId);
    if (file.status !== 'approved') throw ApplicationError.invalidTransition(file.status, 'revoke');
    const now = this.clock.now();
    const bar = barEnd(now, this.config.REVOCATION_BAR_YEARS);
    const existing = await this.directory.barredUntil(file.applicantId, now);
    return { barredUntil: existing && existing > bar ? existing : bar, barYears: this.config.REVOCATION_BAR_YEARS };
  }

  /** Revoke the file's title; 404 for the admin's own file, 409 when it is not approved. */
  revoke(admin: AuthUser, applicationId: string, reasonText: string): Promise<Application> {
    const reason = reasonText.trim();
    if (!reason) throw CertificateError.reasonRequired();
    return this.workflow.take({
      action: 'revoke',
      applicationId,
      caller: { kind: 'admin', userId: admin.id },
      authorize: (file) => {
        this.access.handled(admin, file);
      },
      rule: async (file, manager) => {
        const now = this.clock.now();
        const certificate = await this.certificates.lockByApplication(file.id, manager);
        // An approved file has its certificate (issued with the approval); revoke the title regardless.
        if (certificate) await this.certificates.markRevoked(manager, certificate.id, { revokedAt: now, revocationReason: reason, revokedBy: admin.id });
        const barredUntil = await this.users.barUntil(manager, file.applicantId, barEnd(now, this.config.REVOCATION_BAR_YEARS));
        const until = shanghaiDate(barredUntil);
        return {
          reason,
          historyData: { certificateNumber: certificate?.number ?? null, barredUntil: barredUntil.toISOString() },
          message: { applicationId: file.id, referenceNumber: file.referenceNumber!, certificateNumber: certificate?.number ?? '-', level: file.level, reason, barredUntil: until },
        };
      },
    });
  }
}
