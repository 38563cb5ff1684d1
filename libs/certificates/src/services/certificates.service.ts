import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { Clock, hashToken, PiiCipher, shanghaiDate, specialtyLabel, TITLE_LEVEL_DEFINITIONS, titleLevelDefinition } from '@app/common';
import type { AuthUser } from '@app/identity';
import { UserDirectory } from '@app/identity';
import { HostOffice, OutcomeFilesService, provinceName } from '@app/applications';
import { Certificate } from '../entities/certificate.entity';
import { CertificateError } from '../certificates.errors';
import { certificateNumber, newVerificationCode, VERIFICATION_CODE_PATTERN } from '../domain/certificate-number';
import { crossProvincialNote } from '../domain/certificate-text';
import { renderCertificatePdf } from '../pdf/certificate-pdf';
import { CertificatesRepository } from './certificates.repository';

export interface IssueCertificateInput {
  applicationId: string;
  /** The approval document's date of issue (YYYY-MM-DD, Asia/Shanghai): the certificate's issue date and its number's year. */
  issuedOn: string;
  /** When the committee passed the file: the date obtained. */
  committeePassedOn: Date;
  /** The bureau's approval document number (文号) and the batch that confirmed the file. */
  approvalDocumentNumber: string;
  confirmationBatchId: string;
}

/** What the public verification page shows (domain.md §8: validity and minimal holder data), nothing else. */
export interface CertificateVerification {
  status: 'valid' | 'revoked';
  holderName: string;
  title: { 'zh-CN': string; en: string };
  specialty: { 'zh-CN': string; en: string };
  /** Date obtained (the committee's pass date), YYYY-MM-DD. */
  obtainedOn: string;
  /** The date of issue, YYYY-MM-DD. */
  issuedOn: string;
  /** The bureau's approval document number; null for a certificate issued before the bureau's confirmation existed. */
  approvalDocumentNumber: string | null;
}

/** Where the public verification page of a code lives (the web app's route under PUBLIC_URL). */
export const VERIFICATION_PAGE_PATH = '/verify/';

/** What the holder's file page shows of the certificate: where it verifies and, once revoked, why and until when the holder is barred. */
export interface CertificateDetails {
  number: string;
  status: 'valid' | 'revoked';
  /** The date of issue: the approval document's (or, before the confirmation existed, the day the notice closed). */
  issuedOn: string;
  obtainedOn: string;
  /** The bureau's approval document number (文号); null for certificates issued before the confirmation existed. */
  approvalDocumentNumber: string | null;
  verificationCode: string;
  verificationUrl: string;
  revokedOn: string | null;
  revocationReason: string | null;
  /** The end of the bar on applying that the revocation set (a later bar already set is kept), null when none runs. */
  barredUntil: Date | null;
}

export interface IssuedCertificate {
  certificateNumber: string;
  /** The bearer code of the public verification page; only the caller gets it in clear. */
  verificationCode: string;
}

/**
 * Issues certificates (domain.md §8, confirmation and certificate) and reads them back for
 * the PDF, the public verification page and revocation.
 */
@Injectable()
export class CertificatesService {
  private readonly cipher: PiiCipher;
  private readonly publicUrl: string;

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly files: OutcomeFilesService,
    private readonly host: HostOffice,
    private readonly users: UserDirectory,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
    this.publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  }

  /**
   * Issues the file's certificate inside the caller's transaction (the bureau's confirmation,
   * ConfirmationService), snapshotting what it shows. A second issue for the same file is refused (409).
   */
  async issue(manager: EntityManager, input: IssueCertificateInput): Promise<IssuedCertificate> {
    const facts = await this.files.certificateFacts(input.applicationId, manager);
    if (!facts) throw CertificateError.cannotIssue(input.applicationId, 'no such application');
    if (!facts.holderName || !facts.referenceNumber) throw CertificateError.cannotIssue(input.applicationId, 'the file has no holder name or reference number');
    const existing = await this.certificates.findByApplication(input.applicationId, manager);
    if (existing) throw CertificateError.alreadyIssued(existing.number);

    const issuedOn = input.issuedOn;
    const year = Number(issuedOn.slice(0, 4));
    const sequence = await this.certificates.nextSequence(manager, year, facts.level);
    const number = certificateNumber(year, this.host.provinceCode, facts.level, sequence);
    const code = newVerificationCode();
    const title = TITLE_LEVEL_DEFINITIONS[facts.level].title;
    const specialty = specialtyLabel(facts.specialty);
    const body = this.host.evaluatingBody;
    const note = facts.crossProvincial ? crossProvincialNote(this.host.provinceName, facts.homeProvince ? (provinceName(facts.homeProvince) ?? null) : null) : null;

    await this.certificates.insert(manager, {
      applicationId: facts.applicationId,
      holderId: facts.applicantId,
      number,
      verificationCodeHash: hashToken(code),
      verificationCodeSealed: this.cipher.seal(code),
      holderName: facts.holderName,
      level: facts.level,
      titleZh: title['zh-CN'],
      titleEn: title.en,
      specialty: facts.specialty,
      specialtyZh: specialty['zh-CN'],
      specialtyEn: specialty.en,
      cycleNameZh: facts.cycleNameZh,
      cycleNameEn: facts.cycleNameEn,
      evaluatingBodyZh: body['zh-CN'],
      evaluatingBodyEn: body.en,
      approvalReference: facts.referenceNumber,
      obtainedOn: shanghaiDate(input.committeePassedOn),
      issuedOn,
      approvalDocumentNumber: input.approvalDocumentNumber,
      confirmationBatchId: input.confirmationBatchId,
      crossProvincialNoteZh: note?.zh ?? null,
      crossProvincialNoteEn: note?.en ?? null,
    });
    return { certificateNumber: number, verificationCode: code };
  }

  /** The file's certificate, if it has one. */
  findByApplication(applicationId: string, manager?: EntityManager): Promise<Certificate | null> {
    return this.certificates.findByApplication(applicationId, manager);
  }

  /** The public verification page's URL for a code (what the QR code says). */
  verificationUrl(code: string): string {
    return `${this.publicUrl}${VERIFICATION_PAGE_PATH}${encodeURIComponent(code)}`;
  }

  /**
   * The certificate of a file as a PDF, for its holder or an admin; 404 for anyone else and
   * for a file without one (so ids cannot be probed). A revoked certificate says so.
   */
  async pdf(viewer: Pick<AuthUser, 'id' | 'roles'>, applicationId: string): Promise<{ number: string; pdf: Buffer }> {
    const c = await this.certificates.findByApplication(applicationId);
    if (!c || !(c.holderId === viewer.id || viewer.roles.includes('admin'))) throw CertificateError.notFound();
    const grade = titleLevelDefinition(c.level)?.grade ?? { 'zh-CN': c.level, en: c.level };
    const pdf = await renderCertificatePdf({
      number: c.number,
      holderName: c.holderName,
      titleZh: c.titleZh,
      titleEn: c.titleEn,
      gradeZh: grade['zh-CN'],
      gradeEn: grade.en,
      specialtyZh: c.specialtyZh,
      specialtyEn: c.specialtyEn,
      cycleNameZh: c.cycleNameZh,
      cycleNameEn: c.cycleNameEn,
      evaluatingBodyZh: c.evaluatingBodyZh,
      evaluatingBodyEn: c.evaluatingBodyEn,
      approvalReference: c.approvalReference,
      approvalDocumentNumber: c.approvalDocumentNumber,
      obtainedOn: c.obtainedOn,
      issuedOn: c.issuedOn,
      crossProvincialNoteZh: c.crossProvincialNoteZh,
      crossProvincialNoteEn: c.crossProvincialNoteEn,
      verificationUrl: this.verificationUrl(this.cipher.open(c.verificationCodeSealed)),
      revoked: c.status === 'revoked' ? { on: shanghaiDate(c.revokedAt!), reason: c.revocationReason ?? '' } : null,
    });
    return { number: c.number, pdf };
  }

  /** The certificate's facts for its holder or an admin (the file page); 404 like the PDF for anyone else and for a file without one. */
  async details(viewer: Pick<AuthUser, 'id' | 'roles'>, applicationId: string): Promise<CertificateDetails> {
    const c = await this.certificates.findByApplication(applicationId);
    if (!c || !(c.holderId === viewer.id || viewer.roles.includes('admin'))) throw CertificateError.notFound();
    const code = this.cipher.open(c.verificationCodeSealed);
    const revoked = c.status === 'revoked';
    return {
      number: c.number,
      status: c.status,
      issuedOn: c.issuedOn,
      obtainedOn: c.obtainedOn,
      approvalDocumentNumber: c.approvalDocumentNumber,
      verificationCode: code,
      verificationUrl: this.verificationUrl(code),
      revokedOn: revoked && c.revokedAt ? shanghaiDate(c.revokedAt) : null,
      revocationReason: revoked ? c.revocationReason : null,
      barredUntil: revoked ? await this.users.barredUntil(c.holderId, this.clock.now()) : null,
    };
  }

  /** Public verification by code: valid or revoked and the minimal holder data; 404 for an unknown code. */
  async verify(code: string): Promise<CertificateVerification> {
    // A string that cannot be a code is not looked up (and answers like an unknown one).
    if (!VERIFICATION_CODE_PATTERN.test(code)) throw CertificateError.notFound();
    const c = await this.certificates.findByCodeHash(hashToken(code));
    if (!c) throw CertificateError.notFound();
    return {
      status: c.status,
      holderName: c.holderName,
      title: { 'zh-CN': c.titleZh, en: c.titleEn },
      specialty: { 'zh-CN': c.specialtyZh, en: c.specialtyEn },
      obtainedOn: c.obtainedOn,
      issuedOn: c.issuedOn,
      approvalDocumentNumber: c.approvalDocumentNumber,
    };
  }
}
