import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { CursorPage, Role } from '@app/common';
import { AuthUser, UserDirectory } from '@app/identity';
import { isProvinceCode, LEVELS, TitleLevel, validateUscc } from '@app/applications';
import { ReviewerProfile } from '../entities/reviewer-profile.entity';
import { ReviewError } from '../review.errors';
import { ReviewerListFilter, ReviewerLoad, ReviewerProfilesRepository } from './reviewer-profiles.repository';

/** What an admin states about a reviewer; a PUT replaces every field. */
/** A pool entry as the admin's pool page shows it: the profile, who the reviewer is, and their load. */
export interface PoolEntry {
  profile: ReviewerProfile;
  fullName: string | null;
  email: string | null;
  load: ReviewerLoad;
}

export interface ReviewerProfileInput {
  specialties: string[];
  maxLevel: TitleLevel;
  homeProvince: string;
  employerName: string;
  employerCreditCode?: string | null;
  maxLoadPerCycle: number;
  active?: boolean;
}

/** Who acts. Not their address: the audit log reads it from the request (RequestOrigin). */
export interface Actor {
  id: string;
}

/**
 * Who asked for a queued run, and from where: the address is kept on the run (its
 * requested_ip), and the worker, which has no request, records it in the run's audit entry.
 */
export interface RunRequester extends Actor {
  ip: string | null;
}

/** The user behind `userId` if they hold the reviewer role: 404 for nobody, 422 USER_NOT_REVIEWER otherwise. */
export async function requireReviewer(directory: UserDirectory, userId: string): Promise<AuthUser> {
  const user = await directory.getAuthUser(userId);
  if (!user) throw ReviewError.userNotFound();
  if (!user.roles.includes(Role.Reviewer)) throw ReviewError.notReviewer();
  return user;
}

/** The expert pool: reviewers' specialties, levels, employer and load caps, managed by admins. */
@Injectable()
export class ReviewerPoolService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ReviewerProfilesRepository,
    private readonly directory: UserDirectory,
    private readonly audit: AuditService,
  ) {}

  /** One reviewer's profile; 404 for an unknown user or a reviewer without one. */
  async get(userId: string): Promise<ReviewerProfile> {
    const profile = await this.profiles.findByUserId(userId);
    if (profile) return profile;
    if (!(await this.directory.getAuthUser(userId))) throw ReviewError.userNotFound();
    throw ReviewError.profileNotFound();
  }

  /** The profiles of many reviewers in one query (e.g. a committee's members); users without one are absent. */
  profilesOf(userIds: readonly string[]): Promise<ReviewerProfile[]> {
    return this.profiles.findByUserIds([...new Set(userIds)]);
  }

  list(filter: ReviewerListFilter): Promise<CursorPage<ReviewerProfile>> {
    return this.profiles.list(filter);
  }

  /** One page of the pool with each reviewer's name, e-mail and load (in `cycleId` when given): three queries a page. */
  async listWithLoad(filter: ReviewerListFilter & { cycleId?: string }): Promise<CursorPage<PoolEntry>> {
    const page = await this.profiles.list(filter);
    const ids = page.items.map((p) => p.userId);
    const [contacts, loads] = [await this.directory.contacts(ids), await this.profiles.loads(ids, filter.cycleId ?? null)];
    return {
      items: page.items.map((profile) => ({
        profile,
        fullName: contacts.get(profile.userId)?.fullName ?? null,
        email: contacts.get(profile.userId)?.email ?? null,
        load: loads.get(profile.userId) ?? { openReviews: 0, cycleLoad: 0 },
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** Create or replace a reviewer's profile; the user must hold the reviewer role. */
  async put(userId: string, input: ReviewerProfileInput, actor: Actor): Promise<{ profile: ReviewerProfile; created: boolean }> {
    await requireReviewer(this.directory, userId);
    const row = normaliseProfile(input);
    return this.dataSource.transaction(async (manager) => {
      const created = await this.profiles.upsert(manager, { ...row, userId, updatedBy: actor.id });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: created ? 'reviewer.profile_created' : 'reviewer.profile_replaced',
        entityType: 'reviewer',
        entityId: userId,
        data: { specialties: row.specialties, maxLevel: row.maxLevel, homeProvince: row.homeProvince, maxLoadPerCycle: row.maxLoadPerCycle, active: row.active },
      });
      return { profile: (await this.profiles.findByUserId(userId, manager))!, created };
    });
  }
}

/** Checks a profile as the service stores it (the HTTP DTO checks the same; this guards every other caller). */
function normaliseProfile(input: ReviewerProfileInput) {
  const problems: { path: string; code: string; message: string }[] = [];
  const specialties = [...new Set(input.specialties)];
  if (specialties.length === 0 || specialties.some((s) => !/^[a-z][a-z0-9_]{1,63}$/.test(s))) {
    problems.push({ path: 'specialties', code: 'FIELD_SPECIALTIES', message: 'specialties must be one or more lower_snake_case keys' });
  }
  if (!LEVELS.includes(input.maxLevel)) problems.push({ path: 'maxLevel', code: 'FIELD_IS_IN', message: `maxLevel must be one of ${LEVELS.join(', ')}` });
  if (!isProvinceCode(input.homeProvince)) problems.push({ path: 'homeProvince', code: 'FIELD_PROVINCE_CODE', message: 'homeProvince must be a GB/T 2260 two-digit province code' });
  const employerName = input.employerName?.trim() ?? '';
  if (!employerName || employerName.length > 200) problems.push({ path: 'employerName', code: 'FIELD_LENGTH', message: 'employerName must be 1 to 200 characters' });
  let employerCreditCode: string | null = null;
  if (input.employerCreditCode != null) {
    const uscc = validateUscc(input.employerCreditCode);
    if (uscc.ok) employerCreditCode = uscc.value;
    else problems.push({ path: 'employerCreditCode', code: `USCC_${uscc.reason}`, message: 'employerCreditCode is not a valid unified social credit code' });
  }
  if (!Number.isSafeInteger(input.maxLoadPerCycle) || input.maxLoadPerCycle < 1 || input.maxLoadPerCycle > 10000) {
    problems.push({ path: 'maxLoadPerCycle', code: 'FIELD_POSITIVE_INTEGER', message: 'maxLoadPerCycle must be a positive integer' });
  }
  if (problems.length) throw ReviewError.invalid(problems);
  return { specialties, maxLevel: input.maxLevel, homeProvince: input.homeProvince, employerName, employerCreditCode, maxLoadPerCycle: input.maxLoadPerCycle, active: input.active ?? true };
}
