import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { hashToken, PiiCipher } from '@app/common';
import { HostOffice, OutcomeFilesService, provinceName, SPECIALTIES } from '@app/applications';
import { Certificate } from '../entities/certificate.entity';
import { CertificateError } from '../certificates.errors';
import { certificateNumber, newVerificationCode, shanghaiDay } from '../domain/certificate-number';
import { crossProvincialNote, LEVEL_TITLES } from '../domain/certificate-text';
import { CertificatesRepository } from './certificates.repository';

export interface IssueCertificateInput {
  applicationId: string;
  /** The confirmation instant (the notice closed cleanly): the issue date and the number's year. */
  approvedOn: Date;
  /** When the committee passed the file: the date obtained. */
  committeePassedOn: Date;
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

  constructor(
    private readonly certificates: CertificatesRepository,
    private readonly files: OutcomeFilesService,
    private readonly host: HostOffice,
    config: AppConfig,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /**
   * Issues the file's certificate inside the caller's transaction (the one approving the
   * file), snapshotting what it shows. A second issue for the same file is refused (409).
   */
  async issue(manager: EntityManager, input: IssueCertificateInput): Promise<IssuedCertificate> {
    const facts = await this.files.certificateFacts(input.applicationId, manager);
    if (!facts) throw CertificateError.cannotIssue(input.applicationId, 'no such application');
    if (!facts.holderName || !facts.referenceNumber) throw CertificateError.cannotIssue(input.applicationId, 'the file has no holder name or reference number');
    const existing = await this.certificates.findByApplication(input.applicationId, manager);
    if (existing) throw CertificateError.alreadyIssued(existing.number);

    const issuedOn = shanghaiDay(input.approvedOn);
    const year = Number(issuedOn.slice(0, 4));
    const sequence = await this.certificates.nextSequence(manager, year, facts.level);
    const number = certificateNumber(year, this.host.provinceCode, facts.level, sequence);
    const code = newVerificationCode();
    const title = LEVEL_TITLES[facts.level];
    const specialty = SPECIALTIES.find((s) => s.key === facts.specialty)?.label ?? { 'zh-CN': facts.specialty, en: facts.specialty };
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
      titleZh: title.zh,
      titleEn: title.en,
      specialty: facts.specialty,
      specialtyZh: specialty['zh-CN'],
      specialtyEn: specialty.en,
      cycleNameZh: facts.cycleNameZh,
      cycleNameEn: facts.cycleNameEn,
      evaluatingBodyZh: body['zh-CN'],
      evaluatingBodyEn: body.en,
      approvalReference: facts.referenceNumber,
      obtainedOn: shanghaiDay(input.committeePassedOn),
      issuedOn,
      crossProvincialNoteZh: note?.zh ?? null,
      crossProvincialNoteEn: note?.en ?? null,
    });
    return { certificateNumber: number, verificationCode: code };
  }

  /** The file's certificate, if it has one. */
  findByApplication(applicationId: string, manager?: EntityManager): Promise<Certificate | null> {
    return this.certificates.findByApplication(applicationId, manager);
  }

  /** The verification code of a certificate (to print it again). */
  verificationCodeOf(certificate: Certificate): string {
    return this.cipher.open(certificate.verificationCodeSealed);
  }
}
