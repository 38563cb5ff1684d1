import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Certificate } from '../entities/certificate.entity';

/**
 * Takes the next sequence of (year, level) and keeps its counter row locked until the
 * caller's transaction ends: concurrent issues wait here, and a rollback returns the number.
 */
const NEXT_SEQUENCE_SQL = `INSERT INTO certificate_counters (year, level, last_value) VALUES ($1, $2, 1)
  ON CONFLICT (year, level) DO UPDATE SET last_value = certificate_counters.last_value + 1
  RETURNING last_value AS "lastValue"`;

export type NewCertificate = Omit<Certificate, 'id' | 'createdAt' | 'status' | 'revokedAt' | 'revocationReason' | 'revokedBy'>;

/** Every query on certificates and their counters. */
@Injectable()
export class CertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nextSequence(manager: EntityManager, year: number, level: string): Promise<number> {
    const rows: { lastValue: number }[] = await manager.query(NEXT_SEQUENCE_SQL, [year, level]);
    return Number(rows[0].lastValue);
  }

  async insert(manager: EntityManager, certificate: NewCertificate): Promise<Certificate> {
    const result = await manager.insert(Certificate, certificate);
    return (await manager.findOneByOrFail(Certificate, { id: String(result.identifiers[0].id) }));
  }

  findByApplication(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<Certificate | null> {
    return manager.findOneBy(Certificate, { applicationId });
  }

  /** The file's certificate, locked for change (revocation). */
  lockByApplication(applicationId: string, manager: EntityManager): Promise<Certificate | null> {
    return manager.findOne(Certificate, { where: { applicationId }, lock: { mode: 'pessimistic_write' } });
  }

  findByCodeHash(hash: string, manager: EntityManager = this.dataSource.manager): Promise<Certificate | null> {
    return manager.findOneBy(Certificate, { verificationCodeHash: hash });
  }

  findByNumber(number: string, manager: EntityManager = this.dataSource.manager): Promise<Certificate | null> {
    return manager.findOneBy(Certificate, { number });
  }

  async markRevoked(manager: EntityManager, id: string, change: { revokedAt: Date; revocationReason: string; revokedBy: string | null }): Promise<void> {
    await manager.update(Certificate, { id }, { status: 'revoked', ...change });
  }
}
