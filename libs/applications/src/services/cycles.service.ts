import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, changeSummary } from '@app/audit';
import { Clock, CursorPage, decodeCursor, FieldProblem, isDateInRange, isUuid, MAX_YEAR, MIN_YEAR, TIME_THEN_ID_CURSOR, toCursorPage } from '@app/common';
import { isUniqueViolation } from '@app/db';
import {
  DEFAULT_ELIGIBILITY_POLICY,
  DEFAULT_EVIDENCE_RULES,
  EligibilityPolicy,
  eligibilityPolicyProblems,
  EvidenceRules,
  evidenceRulesProblems,
  LEVELS,
  Rubric,
  rubricProblems,
  TitleLevel,
} from '../domain';
import { Cycle, CycleCounter } from '../entities/cycle.entity';
import { FormVersion } from '../entities/form-version.entity';
import { CycleError } from '../applications.errors';
import { FormsService } from './forms.service';

export interface CycleInput {
  code: string;
  nameZh: string;
  nameEn: string;
  levels: TitleLevel[];
  specialties: string[];
  opensAt: Date;
  closesAt: Date;
  reviewDeadline?: string | null;
  meetingDate?: string | null;
  formVersions: Partial<Record<TitleLevel, string>>;
  rubricVersion?: string | null;
  /** The cycle's own rubric; its version becomes the rubricVersion. null: the built-in rubric of rubricVersion. */
  rubric?: Rubric | null;
  eligibilityPolicy?: EligibilityPolicy;
  evidenceRules?: Partial<EvidenceRules>;
}

export type CyclePatch = Partial<Omit<CycleInput, 'code'>>;

/** Fields pinned by the first application of a cycle (domain.md §4). */
const PINNED: (keyof CyclePatch)[] = ['formVersions', 'rubricVersion', 'rubric', 'levels'];

@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly forms: FormsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(input: CycleInput, actorId: string | null): Promise<Cycle> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const cycle = manager.create(Cycle, {
          ...input,
          reviewDeadline: input.reviewDeadline ?? null,
          meetingDate: input.meetingDate ?? null,
          rubric: input.rubric ?? null,
          rubricVersion: input.rubric?.version ?? input.rubricVersion ?? null,
          eligibilityPolicy: input.eligibilityPolicy ?? DEFAULT_ELIGIBILITY_POLICY,
          evidenceRules: { ...DEFAULT_EVIDENCE_RULES, ...(input.evidenceRules ?? {}) },
        });
        await this.validate(manager, cycle);
        await manager.save(cycle);
        await manager.insert(CycleCounter, { cycleId: cycle.id, lastNumber: 0 });
        await this.audit.record(manager, { actorId, action: 'cycle.created', entityType: 'cycle', entityId: cycle.id, data: { code: cycle.code } });
        return cycle;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'cycles_code_key')) throw CycleError.codeTaken();
      throw error;
    }
  }

  async update(id: string, input: CyclePatch, actorId: string | null): Promise<Cycle> {
    return this.dataSource.transaction(async (manager) => {
      const cycle = await manager.createQueryBuilder(Cycle, 'c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
      if (!cycle) throw CycleError.notFound();
      // Deep equality, not JSON text: jsonb hands the stored values back with their keys reordered.
      // A rubric sent names the version too (null: back to the built-in of the rubricVersion sent, or the default).
      const patch = input.rubric !== undefined ? { ...input, rubricVersion: input.rubric?.version ?? input.rubricVersion ?? null } : input;
      const touchesPinned = PINNED.some((k) => patch[k] !== undefined && !isDeepStrictEqual(patch[k], cycle[k]));
      if (touchesPinned) {
        const [{ exists }] = await manager.query('SELECT EXISTS (SELECT 1 FROM applications WHERE cycle_id = $1) AS exists', [id]);
        if (exists) throw CycleError.versionsLocked();
      }
      const before = { ...cycle };
      const { evidenceRules, ...rest } = patch;
      Object.assign(cycle, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
      if (evidenceRules) cycle.evidenceRules = { ...cycle.evidenceRules, ...evidenceRules };
      await this.validate(manager, cycle);
      // Before save() bumps version and updatedAt: only what the admin changed.
      const changes = changeSummary(before, cycle);
      await manager.save(cycle);
      await this.audit.record(manager, { actorId, action: 'cycle.updated', entityType: 'cycle', entityId: id, data: { changes } });
      return cycle;
    });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Cycle> {
    const cycle = await manager.findOne(Cycle, { where: { id } });
    if (!cycle) throw CycleError.notFound();
    return cycle;
  }

  /** Newest window first. `open` keeps the cycles accepting submissions now. */
  async list(options: { open?: boolean; limit: number; cursor?: string }): Promise<CursorPage<Cycle>> {
    const qb = this.dataSource.manager.createQueryBuilder(Cycle, 'c');
    if (options.open) qb.andWhere('c.opens_at <= :now AND c.closes_at > :now', { now: this.clock.now() });
    if (options.cursor) {
      const [opensAt, id] = decodeCursor(options.cursor, TIME_THEN_ID_CURSOR);
      qb.andWhere('(c.opens_at, c.id) < (:opensAt, :id)', { opensAt, id });
    }
    const rows = await qb.orderBy('c.opens_at', 'DESC').addOrderBy('c.id', 'DESC').limit(options.limit + 1).getMany();
    return toCursorPage(rows, options.limit, (c) => [c.opensAt.toISOString(), c.id]);
  }

  /** The form version a level of the cycle uses. */
  async formFor(id: string, level: TitleLevel): Promise<FormVersion> {
    const cycle = await this.get(id);
    const formId = cycle.formVersions[level];
    if (!formId || !cycle.levels.includes(level)) throw CycleError.notOffered('level', level);
    return this.forms.get(formId);
  }

  isOpen(cycle: Cycle, at: Date = this.clock.now()): boolean {
    return cycle.opensAt <= at && at < cycle.closesAt;
  }

  /**
   * Every rule a cycle must meet before it is saved, so no input reaches the database as an
   * error of its own (a column too short, an id that is not a UUID, a date out of range):
   * each problem is a 400 CYCLE_INVALID naming the field.
   */
  private async validate(manager: EntityManager, cycle: Cycle): Promise<void> {
    const problems: FieldProblem[] = cycleShapeProblems(cycle);
    if (problems.length) throw CycleError.invalid(problems);
    if (!(cycle.opensAt < cycle.closesAt)) problems.push({ path: 'closesAt', code: 'DATE_ORDER', message: 'closesAt must be after opensAt' });
    for (const level of cycle.levels) {
      if (!LEVELS.includes(level)) problems.push({ path: 'levels', code: 'UNKNOWN_LEVEL', message: `Unknown level "${level}"` });
    }
    for (const [level, formId] of Object.entries(cycle.formVersions)) {
      if (!isUuid(formId)) {
        problems.push({ path: `formVersions.${level}`, code: 'FORM_NOT_FOUND', message: `No form version ${String(formId).slice(0, 64)}` });
        continue;
      }
      const form = await manager.findOne(FormVersion, { where: { id: formId } });
      if (!form) problems.push({ path: `formVersions.${level}`, code: 'FORM_NOT_FOUND', message: `No form version ${formId}` });
      else if (form.status !== 'published') problems.push({ path: `formVersions.${level}`, code: 'FORM_NOT_PUBLISHED', message: 'Only published form versions can be pinned' });
      else if (form.level !== level) problems.push({ path: `formVersions.${level}`, code: 'FORM_LEVEL_MISMATCH', message: `The form is for ${form.level}, not ${level}` });
    }
    for (const level of cycle.levels) {
      if (!cycle.formVersions[level]) problems.push({ path: `formVersions.${level}`, code: 'FORM_REQUIRED', message: `Level ${level} needs a form version` });
      if (!cycle.eligibilityPolicy?.levels?.[level]) problems.push({ path: `eligibilityPolicy.levels.${level}`, code: 'POLICY_REQUIRED', message: `The eligibility policy has no rules for ${level}` });
    }
    const rules = cycle.evidenceRules;
    const evidenceProblems = evidenceRulesProblems(rules);
    if (!evidenceProblems.length && rules.maxTotalBytes < rules.maxFileBytes) {
      evidenceProblems.push({ path: 'evidenceRules.maxTotalBytes', code: 'EVIDENCE_TOTAL_BELOW_FILE', message: 'maxTotalBytes must be at least maxFileBytes' });
    }
    problems.push(...evidenceProblems, ...eligibilityPolicyProblems(cycle.eligibilityPolicy));
    if (cycle.rubric !== null) {
      problems.push(...rubricProblems(cycle.rubric));
      if (cycle.rubricVersion !== cycle.rubric?.version) {
        problems.push({ path: 'rubricVersion', code: 'RUBRIC_VERSION_MISMATCH', message: 'rubricVersion must be the version of the cycle\'s own rubric (or send rubric: null)' });
      }
    }
    if (problems.length) throw CycleError.invalid(problems);
  }
}


/** The limits of the cycles table's columns and of JSON numbers the services compute with. */
function cycleShapeProblems(cycle: Cycle): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = (path: string, value: unknown, max: number, nullable = false) => {
    if (nullable && value === null) return;
    if (typeof value !== 'string' || value.length < 1 || value.length > max) {
      problems.push({ path, code: 'INVALID', message: `${path} must be a text of 1 to ${max} characters` });
    }
  };
  text('code', cycle.code, 32);
  text('nameZh', cycle.nameZh, 200);
  text('nameEn', cycle.nameEn, 200);
  text('rubricVersion', cycle.rubricVersion, 64, true);
  for (const path of ['opensAt', 'closesAt'] as const) {
    if (!isDateInRange(cycle[path])) problems.push({ path, code: 'DATE_OUT_OF_RANGE', message: `${path} must be a date in the years ${MIN_YEAR} to ${MAX_YEAR}` });
  }
  for (const path of ['reviewDeadline', 'meetingDate'] as const) {
    const value = cycle[path];
    if (value !== null && !(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isDateInRange(value))) {
      problems.push({ path, code: 'DATE_OUT_OF_RANGE', message: `${path} must be a date (YYYY-MM-DD) in the years ${MIN_YEAR} to ${MAX_YEAR}` });
    }
  }
  if (!Array.isArray(cycle.levels) || !cycle.levels.length) problems.push({ path: 'levels', code: 'INVALID', message: 'levels must list at least one level' });
  if (!Array.isArray(cycle.specialties) || !cycle.specialties.length || !cycle.specialties.every((s) => typeof s === 'string' && /^[a-z][a-z0-9_]{1,63}$/.test(s))) {
    problems.push({ path: 'specialties', code: 'INVALID', message: 'specialties must list lower_snake_case keys' });
  }
  if (cycle.formVersions === null || typeof cycle.formVersions !== 'object' || Array.isArray(cycle.formVersions)) {
    problems.push({ path: 'formVersions', code: 'INVALID', message: 'formVersions must map levels to form version ids' });
  }
  return problems;
}
