import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '@app/identity';
import { Application } from '../entities/application.entity';
import { EDITABLE_STATUSES } from '../domain/workflow/transitions';
import { ApplicationError } from '../applications.errors';
import { ApplicationsRepository } from './applications.repository';

export type Viewer = Pick<AuthUser, 'id' | 'roles'>;

/**
 * Object-level authorization for applications, in one place so every route and
 * every later feature asks the same question. Someone who may not see a file gets
 * 404, never 403, so ids cannot be probed.
 */
@Injectable()
export class ApplicationAccess {
  constructor(private readonly applications: ApplicationsRepository) {}

  isOwner(viewer: Viewer, application: Application): boolean {
    return application.applicantId === viewer.id;
  }

  /** Admins handle every file, except that nobody handles their own (domain.md §2). */
  isHandlingAdmin(viewer: Viewer, application: Application): boolean {
    return viewer.roles.includes('admin') && application.applicantId !== viewer.id;
  }

  canView(viewer: Viewer, application: Application): boolean {
    // Reviewers assigned to a file will be allowed here by the review issue.
    return this.isOwner(viewer, application) || this.isHandlingAdmin(viewer, application);
  }

  /** The application if the viewer may see it; 404 otherwise. */
  async viewable(viewer: Viewer, id: string, manager?: EntityManager): Promise<Application> {
    const application = await this.applications.findById(id, manager);
    if (!application || !this.canView(viewer, application)) throw ApplicationError.notFound();
    return application;
  }

  /**
   * The application locked for change by its owner, in an editable state. Call inside
   * the transaction that makes the change.
   */
  async lockEditable(viewer: Viewer, id: string, manager: EntityManager): Promise<Application> {
    return this.editable(viewer, await this.applications.lockById(id, manager));
  }

  /** The owner's application, locked; 404 for anyone else. */
  async lockOwned(viewer: Viewer, id: string, manager: EntityManager): Promise<Application> {
    return this.owned(viewer, await this.applications.lockById(id, manager));
  }

  /** A file read (or locked) by the caller, if the viewer owns it; 404 otherwise (also for none). */
  owned(viewer: Viewer, application: Application | null): Application {
    if (!application || !this.isOwner(viewer, application)) throw ApplicationError.notFound();
    return application;
  }

  /** owned(), and in an editable state (409 otherwise). */
  editable(viewer: Viewer, application: Application | null): Application {
    const owned = this.owned(viewer, application);
    if (!EDITABLE_STATUSES.includes(owned.status)) throw ApplicationError.notEditable(owned.status);
    return owned;
  }
}
