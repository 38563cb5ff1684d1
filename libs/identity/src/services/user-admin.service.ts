import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CursorPage, Role } from '@app/common';
import { AuditService } from '@app/audit';
import { User, UserStatus } from '../entities/user.entity';
import { IdentityError } from '../identity.errors';
import { AccountService } from './account.service';
import { UserDirectory } from './user-directory';
import { UserListFilter, UsersRepository } from './users.repository';

export interface UserAdminPatch {
  roles?: Role[];
  status?: UserStatus;
}

/** Admin management of accounts. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly accounts: AccountService,
    private readonly directory: UserDirectory,
    private readonly audit: AuditService,
  ) {}

  /**
   * Bars the person from applying until `until` (a revoked title, domain.md §8), inside the
   * caller's transaction; a later bar already set is kept. Returns the bar's end.
   */
  async barUntil(manager: EntityManager, userId: string, until: Date): Promise<Date> {
    const end = await this.users.extendBar(manager, userId, until);
    if (!end) throw IdentityError.userNotFound();
    return end;
  }

  list(filter: UserListFilter): Promise<CursorPage<User>> {
    return this.users.list(filter);
  }

  /** Change roles or status. The last active admin can neither lose the role nor be disabled. */
  async update(id: string, patch: UserAdminPatch, actorId: string): Promise<User> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const admins = await this.users.lockActiveAdmins(manager);
      const user = await this.users.lockById(id, manager);
      if (!user) throw IdentityError.userNotFound();
      const roles = patch.roles ? [...new Set(patch.roles)] : user.roles;
      const status = patch.status ?? user.status;
      const staysAdmin = roles.includes('admin') && status === 'active';
      const isActiveAdmin = admins.some((a) => a.id === id);
      if (isActiveAdmin && !staysAdmin && admins.length <= 1) throw IdentityError.lastAdmin();

      await manager.update(User, { id }, { roles, status });
      if (status === 'disabled' && user.status !== 'disabled') await this.accounts.revokeAllSessions(manager, id, 'disabled');
      await this.audit.record(manager, {
        actorId,
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        data: { from: { roles: user.roles, status: user.status }, to: { roles, status } },
      });
      return this.users.findById(id, manager);
    });
    this.directory.forget(id);
    return updated!;
  }
}
