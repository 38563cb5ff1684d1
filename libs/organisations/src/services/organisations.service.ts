import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { CursorPage, Role } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { HostOffice, isRegionCode, provinceOfRegion, validateUscc } from '@app/applications';
import { AccountService, User, UserDirectory } from '@app/identity';
import type { Locale } from '@app/identity';
import { bureauNames, officeNames, PARTNER_ASSOCIATION } from '../domain';
import { Organisation, OrganisationKind, UNIT_KINDS } from '../entities/organisation.entity';
import { MemberRole } from '../entities/organisation-member.entity';
import { OrganisationError, OrganisationFieldProblem } from '../organisations.errors';
import { OrganisationsRepository } from './organisations.repository';

export interface NewOrganisation {
  kind: OrganisationKind;
  nameZh: string;
  nameEn?: string | null;
  /** Employers: their unified social credit code (required, unique). */
  creditCode?: string | null;
  /** Sub-centres: the district or county they serve (GB/T 2260, in the host province; one per district). */
  regionCode?: string | null;
}

/** A person acting for an organisation, as the admin's list shows them. */
export interface OrganisationOfficer {
  userId: string;
  role: MemberRole;
  fullName: string;
  email: string;
  status: User['status'];
  /** False until the invitation is accepted (the password set from the e-mailed link). */
  emailVerified: boolean;
}

export interface OfficerInvitation {
  email: string;
  fullName: string;
  locale?: Locale;
}

/**
 * Organisations as data (domain.md §2, §8): the recommending units (employers, district and
 * county sub-centres, the partner association), the evaluation office and the bureau, and the
 * people acting for them. The host province's association, office and bureau are seeded at
 * start-up (its province from HostOffice); admins add employers and sub-centres and invite
 * their officers.
 */
@Injectable()
export class OrganisationsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(OrganisationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly host: HostOffice,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
    private readonly directory: UserDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.seedHostOrganisations();
    if (seeded.length) this.logger.log(`Organisations seeded for province ${this.host.provinceCode}: ${seeded.join(', ')}`);
  }

  /** The host province's partner association, office and bureau, each inserted once (idempotent, safe to run concurrently); the kinds inserted. */
  async seedHostOrganisations(): Promise<OrganisationKind[]> {
    const province = this.host.provinceName;
    const names: Record<'association' | 'office' | 'bureau', { nameZh: string; nameEn: string }> = {
      association: PARTNER_ASSOCIATION,
      office: officeNames(province),
      bureau: bureauNames(province),
    };
    const inserted: OrganisationKind[] = [];
    for (const kind of ['association', 'office', 'bureau'] as const) {
      if (await this.organisations.seedSingle(kind, names[kind].nameZh, names[kind].nameEn, this.host.provinceCode)) inserted.push(kind);
    }
    if (inserted.includes('bureau')) await this.bindEarlierBureauOfficers();
    return inserted;
  }

  /**
   * When the host bureau is first created, the accounts that already hold authority_officer
   * (from before the role was bound to the bureau, e.g. a demo seed that ran before the first
   * start) act for it: they were the bureau's officers. Later authority officers are invited
   * for the bureau (inviteOfficer). The migration BureauOfficersBound does the same for a
   * database whose bureau existed already.
   */
  private async bindEarlierBureauOfficers(): Promise<void> {
    const bureau = await this.hostBureau();
    if (!bureau) return;
    const officers = await this.directory.activeIdsOfRole(Role.AuthorityOfficer);
    const bound = await this.dataSource.transaction((manager) => this.organisations.addMembersOnce(manager, officers, bureau.id, 'authority_officer'));
    if (bound) this.logger.log(`${bound} earlier authority officer(s) bound to the bureau ${bureau.id}`);
  }

  /** An admin registers an organisation; 400 naming bad fields, 409 for a taken credit code / district / single kind. */
  async create(input: NewOrganisation, admin: { id: string }): Promise<Organisation> {
    const fields = this.checked(input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const organisation = await this.organisations.insert(manager, { ...fields, createdBy: admin.id });
        await this.audit.record(manager, {
          actorId: admin.id,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: organisation.id,
          data: { kind: organisation.kind, creditCode: organisation.creditCode, regionCode: organisation.regionCode },
        });
        return organisation;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'organisations_credit_code_key')) {
        const existing = await this.organisations.employerByCreditCode(fields.creditCode!);
        throw OrganisationError.duplicate('creditCode', existing?.id ?? null, `An organisation with the credit code ${fields.creditCode} is registered already`);
      }
      if (isUniqueViolation(error, 'organisations_sub_centre_region_key')) {
        const existing = await this.organisations.subCentreOf(fields.regionCode!);
        throw OrganisationError.duplicate('regionCode', existing?.id ?? null, `The district ${fields.regionCode} has a sub-centre already`);
      }
      if (isUniqueViolation(error, 'organisations_single_kind_key')) {
        const existing = await this.organisations.single(fields.province, fields.kind);
        throw OrganisationError.duplicate('kind', existing?.id ?? null, `The host province has its ${fields.kind} already`);
      }
      throw error;
    }
  }

  list(filter: { kind?: OrganisationKind; limit: number; cursor?: string }): Promise<CursorPage<Organisation>> {
    return this.organisations.list(filter);
  }

  /** The people acting for each of the organisations (the admin's list): their account's name, address and status, and the role bound. */
  async peopleOf(organisationIds: string[]): Promise<Map<string, OrganisationOfficer[]>> {
    const members = await this.organisations.membersOfMany(organisationIds);
    const contacts = await this.directory.contacts(members.map((m) => m.userId));
    const byOrganisation = new Map<string, OrganisationOfficer[]>();
    for (const m of members) {
      const contact = contacts.get(m.userId);
      if (!contact) continue;
      const list = byOrganisation.get(m.organisationId) ?? [];
      list.push({ userId: m.userId, role: m.role, fullName: contact.fullName, email: contact.email, status: contact.status, emailVerified: contact.emailVerified });
      byOrganisation.set(m.organisationId, list);
    }
    return byOrganisation;
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw OrganisationError.notFound();
    return organisation;
  }

  byIds(ids: string[], manager?: EntityManager): Promise<Organisation[]> {
    return this.organisations.findByIds([...new Set(ids)], manager);
  }

  /**
   * An admin invites a person to act for an organisation: for a recommending unit a new
   * account with the role unit_officer, for the bureau one with authority_officer, bound to
   * the organisation, through the accounts' invitation (a link to set a password), in one
   * transaction. 409 when the e-mail has an account; 422 for the office (its people are admins).
   */
  async inviteOfficer(organisationId: string, input: OfficerInvitation, admin: { id: string }): Promise<{ user: User; organisation: Organisation; role: MemberRole }> {
    const organisation = await this.get(organisationId);
    const role = officerRoleOf(organisation.kind);
    if (!role) throw OrganisationError.notAUnit(organisation.kind);
    const user = await this.accounts.invite({ email: input.email, fullName: input.fullName, locale: input.locale, roles: [role] }, admin.id, async (manager, invited) => {
      await this.organisations.addMember(manager, { userId: invited.id, organisationId: organisation.id, role, createdBy: admin.id });
      return { organisationId: organisation.id };
    });
    return { user, organisation, role };
  }

  /** The bureau of the host office (HostOffice's province), seeded at start-up. */
  hostBureau(manager?: EntityManager): Promise<Organisation | null> {
    return this.organisations.single(this.host.provinceCode, 'bureau', manager);
  }

  /**
   * Whether the person acts for the bureau of the host office, the one that confirms its
   * files (an authority_officer bound to it). An officer of another bureau, or one bound to
   * none, does not.
   */
  async actsForHostBureau(userId: string, manager?: EntityManager): Promise<boolean> {
    const bureau = await this.hostBureau(manager);
    if (!bureau) return false;
    return (await this.organisations.organisationsOf(userId, 'authority_officer', manager)).includes(bureau.id);
  }

  /** The units a person acts for as a unit officer (empty for anyone else). */
  unitsOf(userId: string, manager?: EntityManager): Promise<string[]> {
    return this.organisations.organisationsOf(userId, 'unit_officer', manager);
  }

  /** A unit's officers (its messages go to them). */
  officersOf(organisationId: string, manager?: EntityManager): Promise<string[]> {
    return this.organisations.membersOf(organisationId, 'unit_officer', manager);
  }

  employerByCreditCode(creditCode: string, manager?: EntityManager): Promise<Organisation | null> {
    return this.organisations.employerByCreditCode(creditCode, manager);
  }

  subCentreOf(regionCode: string, manager?: EntityManager): Promise<Organisation | null> {
    return this.organisations.subCentreOf(regionCode, manager);
  }

  association(manager?: EntityManager): Promise<Organisation | null> {
    return this.organisations.single(this.host.provinceCode, 'association', manager);
  }

  /** The stored fields of a new organisation, or 400 naming every problem. */
  private checked(input: NewOrganisation): Omit<Organisation, 'id' | 'createdAt' | 'createdBy'> {
    const problems: OrganisationFieldProblem[] = [];
    const nameZh = input.nameZh.trim();
    const nameEn = input.nameEn?.trim() || nameZh;
    if (!nameZh) problems.push({ path: 'nameZh', code: 'REQUIRED', message: 'The name is required' });
    let creditCode: string | null = null;
    let regionCode: string | null = null;
    if (input.kind === 'employer') {
      const code = validateUscc(input.creditCode ?? null);
      if (code.ok) creditCode = code.value;
      else problems.push({ path: 'creditCode', code: input.creditCode ? `CREDIT_CODE_${code.reason}` : 'REQUIRED', message: 'An employer needs a valid unified social credit code (18 characters, check character last)' });
    } else if (input.creditCode) {
      problems.push({ path: 'creditCode', code: 'NOT_ALLOWED', message: 'Only an employer has a credit code here' });
    }
    if (input.kind === 'sub_centre') {
      const region = input.regionCode ?? null;
      if (!isRegionCode(region) || region.endsWith('00')) {
        problems.push({ path: 'regionCode', code: region ? 'REGION_CODE_INVALID' : 'REQUIRED', message: 'A sub-centre needs the 6-digit GB/T 2260 code of its district or county' });
      } else if (provinceOfRegion(region) !== this.host.provinceCode) {
        problems.push({ path: 'regionCode', code: 'REGION_OUTSIDE_HOST_PROVINCE', message: `A sub-centre serves a district of the host province (${this.host.provinceCode})` });
      } else if (this.host.districts.length && !this.host.isDistrict(region)) {
        problems.push({ path: 'regionCode', code: 'REGION_CODE_INVALID', message: `${region} is not a district or county of the host province (GET /api/v1/public/regions lists them)` });
      } else {
        regionCode = region;
      }
    } else if (input.regionCode) {
      problems.push({ path: 'regionCode', code: 'NOT_ALLOWED', message: 'Only a sub-centre has a region code' });
    }
    if (problems.length) throw OrganisationError.invalid(problems);
    return { kind: input.kind, nameZh, nameEn, creditCode, regionCode, province: this.host.provinceCode };
  }
}

/** The role a person invited for an organisation of `kind` holds: unit officers for the recommending units, authority officers for the bureau; none for the office. */
function officerRoleOf(kind: OrganisationKind): MemberRole | null {
  if (UNIT_KINDS.includes(kind)) return 'unit_officer';
  if (kind === 'bureau') return 'authority_officer';
  return null;
}
