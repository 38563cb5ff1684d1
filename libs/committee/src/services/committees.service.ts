import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig, parseFraction } from '@app/config';
import { CursorPage, FieldProblem, Role } from '@app/common';
import { UserDirectory } from '@app/identity';
import { LEVELS, TitleLevel } from '@app/applications';
import { ReviewerPoolService } from '@app/review';
import { CommitteeOrganisation, COMMITTEE_ORGANISATIONS, MAX_TERM_YEARS, membershipProblems, termProblems } from '../domain/rules';
import { Committee } from '../entities/committee.entity';
import { CommitteeError } from '../committee.errors';
import { CommitteesRepository } from './committees.repository';

export interface CommitteeInput {
  nameZh: string;
  nameEn: string;
  organisedBy: CommitteeOrganisation;
  levels: TitleLevel[];
  specialties: string[];
  chairId: string;
  memberIds: string[];
  termStart: string;
  termEnd: string;
  /** Absent: the configured minimum of its organisation. */
  minimumSize?: number;
}

export type CommitteePatch = Partial<CommitteeInput>;

/** A member by name (the account's full name; null for an account that no longer exists). */
export interface CommitteeMemberName {
  id: string;
  fullName: string | null;
}

/** A committee with its members. */
export interface CommitteeView {
  committee: Committee;
  memberIds: string[];
  /** The members with their names, in memberIds order (absent where the caller did not ask). */
  members?: CommitteeMemberName[];
}

/** The configured rules a committee form checks as it is typed (the API checks them again). */
export interface CommitteeRules {
  minimumSizeSeries: number;
  minimumSizeSpecialty: number;
  /** COMMITTEE_QUORUM, e.g. 2/3 of the members. */
  quorumNumerator: number;
  quorumDenominator: number;
  maxTermYears: number;
}

/** A reviewer who may sit on a committee: active account with the reviewer role and an active pool profile. */
export interface CommitteeCandidate {
  userId: string;
  fullName: string;
  specialties: string[];
  maxLevel: TitleLevel;
  homeProvince: string;
}

/** Who acts. Not their address: the audit log reads it from the request (RequestOrigin). */
export interface Actor {
  id: string;
}

/** Who asks: an admin sees every committee, a member their own. */
export interface Viewer {
  id: string;
  roles: readonly string[];
}

/** Committees (评审委员会, domain.md §8): who decides which files, for which term. */
@Injectable()
export class CommitteesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly committees: CommitteesRepository,
    private readonly pool: ReviewerPoolService,
    private readonly directory: UserDirectory,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The smallest committee the configuration allows for an organisation. */
  configuredMinimum(organisedBy: CommitteeOrganisation): number {
    return organisedBy === 'series' ? this.config.COMMITTEE_MIN_SIZE_SERIES : this.config.COMMITTEE_MIN_SIZE_SPECIALTY;
  }

  /** The rules the admin's form shows and checks as typed. */
  rules(): CommitteeRules {
    const quorum = parseFraction(this.config.COMMITTEE_QUORUM)!;
    return {
      minimumSizeSeries: this.config.COMMITTEE_MIN_SIZE_SERIES,
      minimumSizeSpecialty: this.config.COMMITTEE_MIN_SIZE_SPECIALTY,
      quorumNumerator: quorum.numerator,
      quorumDenominator: quorum.denominator,
      maxTermYears: MAX_TERM_YEARS,
    };
  }

  /** Every committee, newest first, with its members by name (admins). */
  async list(limit: number, cursor?: string): Promise<CursorPage<CommitteeView>> {
    const page = await this.committees.list(limit, cursor);
    const members = await this.committees.membersOf(page.items.map((c) => c.id));
    const views = page.items.map((committee) => ({ committee, memberIds: members.get(committee.id) ?? [] }));
    const names = await this.directory.contacts(views.flatMap((v) => v.memberIds));
    return { ...page, items: views.map((v) => ({ ...v, members: v.memberIds.map((id) => ({ id, fullName: names.get(id)?.fullName ?? null })) })) };
  }

  /** One page of the reviewers who may be members (the pool's active profiles whose account is an active reviewer), with their names. */
  async candidates(limit: number, cursor?: string): Promise<CursorPage<CommitteeCandidate>> {
    const page = await this.pool.list({ active: true, limit, cursor });
    const ids = page.items.map((p) => p.userId);
    const [reviewers, names] = await Promise.all([this.directory.activeWithRole(ids, Role.Reviewer), this.directory.contacts(ids)]);
    return {
      ...page,
      items: page.items
        .filter((p) => reviewers.has(p.userId))
        .map((p) => ({ userId: p.userId, fullName: names.get(p.userId)?.fullName ?? '', specialties: p.specialties, maxLevel: p.maxLevel, homeProvince: p.homeProvince })),
    };
  }

  /** The view with its members' names. */
  async named(view: CommitteeView): Promise<CommitteeView> {
    const names = await this.directory.contacts(view.memberIds);
    return { ...view, members: view.memberIds.map((id) => ({ id, fullName: names.get(id)?.fullName ?? null })) };
  }

  /** Creates a committee; 400 naming each field that breaks a rule (even or too small membership, long term, members outside the pool). */
  async create(input: CommitteeInput, actor: Actor): Promise<CommitteeView> {
    const minimumSize = input.minimumSize ?? this.configuredMinimum(input.organisedBy);
    const row = { ...input, minimumSize, memberIds: [...input.memberIds] };
    await this.validate(row);
    return this.dataSource.transaction(async (manager) => {
      const { memberIds, ...fields } = row;
      const committee = await this.committees.insert(manager, { ...fields, createdBy: actor.id });
      await this.committees.replaceMembers(manager, committee.id, memberIds);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'committee.created',
        entityType: 'committee',
        entityId: committee.id,
        data: { members: memberIds.length, chairId: committee.chairId, termStart: committee.termStart, termEnd: committee.termEnd },
      });
      return { committee, memberIds: [...memberIds].sort() };
    });
  }

  /** Changes some fields; the whole committee must still meet every rule. A meeting already open keeps the attendance it opened with. */
  async update(id: string, patch: CommitteePatch, actor: Actor): Promise<CommitteeView> {
    return this.dataSource.transaction(async (manager) => {
      const committee = await this.committees.lockById(manager, id);
      if (!committee) throw CommitteeError.committeeNotFound();
      const currentMembers = await this.committees.memberIds(id, manager);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CommitteePatch;
      const organisedBy = defined.organisedBy ?? committee.organisedBy;
      const next = {
        nameZh: committee.nameZh,
        nameEn: committee.nameEn,
        levels: committee.levels,
        specialties: committee.specialties,
        chairId: committee.chairId,
        termStart: committee.termStart,
        termEnd: committee.termEnd,
        ...defined,
        organisedBy,
        // A new organisation without a size of its own takes at least that organisation's minimum.
        minimumSize: defined.minimumSize ?? Math.max(committee.minimumSize, this.configuredMinimum(organisedBy)),
        memberIds: defined.memberIds ? [...defined.memberIds] : currentMembers,
      };
      await this.validate(next, manager);
      const { memberIds, ...fields } = next;
      Object.assign(committee, fields, { version: committee.version + 1 });
      await this.committees.save(manager, committee);
      if (defined.memberIds) await this.committees.replaceMembers(manager, id, memberIds);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'committee.updated',
        entityType: 'committee',
        entityId: id,
        data: { fields: Object.keys(defined), members: memberIds.length },
      });
      return { committee, memberIds: [...memberIds].sort() };
    });
  }

  /** A committee for an admin or one of its members; 404 for anyone else. */
  async get(id: string, viewer: Viewer): Promise<CommitteeView> {
    const committee = await this.committees.findById(id);
    if (!committee) throw CommitteeError.committeeNotFound();
    const memberIds = await this.committees.memberIds(id);
    if (!viewer.roles.includes(Role.Admin) && !memberIds.includes(viewer.id)) throw CommitteeError.committeeNotFound();
    return { committee, memberIds };
  }

  /** Every rule a committee must meet before it is saved, all problems at once. */
  private async validate(c: Required<CommitteeInput>, manager?: EntityManager): Promise<void> {
    const problems: FieldProblem[] = [];
    const text = (path: 'nameZh' | 'nameEn') => {
      const value = c[path];
      if (typeof value !== 'string' || !value.trim() || value.length > 200) problems.push({ path, code: 'FIELD_LENGTH', message: `${path} must be 1 to 200 characters` });
    };
    text('nameZh');
    text('nameEn');
    if (!COMMITTEE_ORGANISATIONS.includes(c.organisedBy)) problems.push({ path: 'organisedBy', code: 'FIELD_IS_IN', message: `organisedBy must be one of ${COMMITTEE_ORGANISATIONS.join(', ')}` });
    if (!c.levels.length || c.levels.some((l) => !LEVELS.includes(l))) problems.push({ path: 'levels', code: 'FIELD_IS_IN', message: `levels must list one or more of ${LEVELS.join(', ')}` });
    if (!c.specialties.length || c.specialties.some((s) => !/^[a-z][a-z0-9_]{1,63}$/.test(s))) {
      problems.push({ path: 'specialties', code: 'FIELD_SPECIALTIES', message: 'specialties must be one or more lower_snake_case keys' });
    }
    const floor = COMMITTEE_ORGANISATIONS.includes(c.organisedBy) ? this.configuredMinimum(c.organisedBy) : 1;
    if (!Number.isSafeInteger(c.minimumSize) || c.minimumSize < floor) {
      problems.push({ path: 'minimumSize', code: 'BELOW_CONFIGURED_MINIMUM', message: `minimumSize must be at least ${floor}, the configured minimum for a committee organised by ${c.organisedBy}` });
    }
    problems.push(...termProblems(c.termStart, c.termEnd), ...membershipProblems(c.memberIds, c.chairId, Math.max(c.minimumSize, floor)));
    problems.push(...(await this.poolProblems(c.memberIds, manager)));
    if (problems.length) throw CommitteeError.invalid(problems);
  }

  /** Members are reviewers of the expert pool: an active account with the reviewer role and an active profile. */
  private async poolProblems(memberIds: readonly string[], manager?: EntityManager): Promise<FieldProblem[]> {
    const [reviewers, profiles] = await Promise.all([this.directory.activeWithRole(memberIds, Role.Reviewer, manager), this.pool.profilesOf(memberIds)]);
    const inPool = new Set(profiles.filter((p) => p.active).map((p) => p.userId));
    return memberIds.flatMap((id, i) =>
      reviewers.has(id) && inPool.has(id)
        ? []
        : [{ path: `memberIds[${i}]`, code: 'MEMBER_NOT_IN_POOL', message: `${id} is not an active reviewer with a profile in the expert pool` }],
    );
  }
}
