import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { Clock, CursorPage, decodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { compileForm, CompiledForm, JsonSchema, missingCoreSections, TitleLevel, UiHints } from '../domain';
import { FormVersion, FormVersionStatus } from '../entities/form-version.entity';
import { FormError } from '../applications.errors';

export interface CreateFormVersionInput {
  formKey: string;
  level: TitleLevel;
  titleZh: string;
  titleEn: string;
  schema: JsonSchema;
  uiHints: UiHints;
}

/** Versioned application forms: drafts, publication checks, and compiled validators. */
@Injectable()
export class FormsService {
  // Published versions never change, so a compiled validator per id is valid forever.
  // The promise is cached so concurrent first requests compile once.
  private readonly compiled = new Map<string, Promise<CompiledForm>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A new draft version of a form (version = the form's highest + 1). */
  async create(input: CreateFormVersionInput, actorId: string | null): Promise<FormVersion> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const [{ next }] = await manager.query('SELECT coalesce(max(version), 0) + 1 AS next FROM form_versions WHERE form_key = $1', [input.formKey]);
          const form = manager.create(FormVersion, { ...input, version: Number(next), status: 'draft', createdBy: actorId });
          await manager.save(form);
          await this.audit.record(manager, { actorId, action: 'form.created', entityType: 'form_version', entityId: form.id, data: { formKey: form.formKey, version: form.version } });
          return form;
        });
      } catch (error) {
        // Two drafts of the same form at once: the loser takes the next number.
        if (attempt < 3 && isUniqueViolation(error, 'form_versions_key_version_key')) continue;
        throw error;
      }
    }
  }

  /** Publish: the schema must compile and keep every core section the eligibility rules read. */
  async publish(id: string, actorId: string | null): Promise<FormVersion> {
    return this.dataSource.transaction(async (manager) => {
      const form = await manager.createQueryBuilder(FormVersion, 'f').setLock('pessimistic_write').where('f.id = :id', { id }).getOne();
      if (!form) throw FormError.notFound();
      if (form.status === 'published') throw FormError.alreadyPublished();
      try {
        compileForm(form.schema);
      } catch (error) {
        throw FormError.invalidSchema([{ path: 'schema', code: 'SCHEMA_DOES_NOT_COMPILE', message: `The schema does not compile: ${(error as Error).message}` }]);
      }
      const missing = missingCoreSections(form.schema);
      if (missing.length) {
        throw FormError.invalidSchema(
          missing.map((pointer) => ({ path: `schema${pointer}`, code: 'CORE_SECTION_MISSING', message: `The schema must keep the core section ${pointer}` })),
        );
      }
      form.status = 'published';
      form.publishedAt = this.clock.now();
      await manager.save(form);
      await this.audit.record(manager, { actorId, action: 'form.published', entityType: 'form_version', entityId: form.id });
      return form;
    });
  }

  /** Every version, newest first, optionally of one level or status (admins pick one to preview or publish). */
  async list(options: { level?: TitleLevel; status?: FormVersionStatus; limit: number; cursor?: string }): Promise<CursorPage<FormVersion>> {
    const qb = this.dataSource.manager.createQueryBuilder(FormVersion, 'f');
    if (options.level) qb.andWhere('f.level = :level', { level: options.level });
    if (options.status) qb.andWhere('f.status = :status', { status: options.status });
    if (options.cursor) {
      const [createdAt, id] = decodeCursor(options.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(f.created_at, f.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb.orderBy('f.created_at', 'DESC').addOrderBy('f.id', 'DESC').limit(options.limit + 1).getMany();
    return toCursorPage(rows, options.limit, (f) => [f.createdAt.toISOString(), f.id]);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<FormVersion> {
    const form = await manager.findOne(FormVersion, { where: { id } });
    if (!form) throw FormError.notFound();
    return form;
  }

  /**
   * The compiled validator of a published version (compiled once per process). Callers
   * inside a transaction pass its manager: taking a second pool connection while holding
   * one deadlocks the pool when enough such requests arrive together.
   */
  validator(id: string, manager?: EntityManager): Promise<CompiledForm> {
    const hit = this.compiled.get(id);
    if (hit) return hit;
    const pending = this.get(id, manager).then((form) => {
      if (form.status !== 'published') this.compiled.delete(id);
      return compileForm(form.schema);
    });
    this.compiled.set(id, pending);
    pending.catch(() => this.compiled.delete(id));
    return pending;
  }
}
