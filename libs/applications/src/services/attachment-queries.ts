import { DataSource, EntityManager } from 'typeorm';
import { Attachment } from '../entities/attachment.entity';
import { Cycle } from '../entities/cycle.entity';
import { UploadLimits, uploadLimits } from './upload-limits';

/** Every query the evidence feature makes (AttachmentsService; ReviewFilesService lists a file's evidence for a committee); not exported from the library. */
export class AttachmentQueries {
  constructor(private readonly dataSource: DataSource) {}

  async limitsFor(cycleId: string, manager: EntityManager = this.dataSource.manager): Promise<UploadLimits> {
    const cycle = await manager.findOne(Cycle, { where: { id: cycleId }, select: { id: true, evidenceRules: true } });
    return uploadLimits(cycle?.evidenceRules);
  }

  async totalBytes(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query<{ total: string }[]>('SELECT COALESCE(SUM(size_bytes), 0)::text AS total FROM attachments WHERE application_id = $1', [
      applicationId,
    ]);
    return Number(row.total);
  }

  async kinds(applicationId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.find(Attachment, { where: { applicationId }, select: { kind: true } });
    return rows.map((r) => r.kind);
  }

  list(applicationId: string): Promise<Attachment[]> {
    return this.dataSource.manager.find(Attachment, { where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  find(applicationId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Attachment | null> {
    return manager.findOne(Attachment, { where: { id, applicationId } });
  }

  /** The file's evidence with exactly these bytes, if any. */
  findByContent(applicationId: string, sha256: string, manager: EntityManager): Promise<Attachment | null> {
    return manager.findOne(Attachment, { where: { applicationId, sha256 }, select: { id: true, kind: true, originalName: true } });
  }

  insert(manager: EntityManager, values: Omit<Attachment, 'id' | 'createdAt'>): Promise<Attachment> {
    return manager.save(manager.create(Attachment, values));
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(Attachment, { id });
  }
}
