import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { OutboxService } from '@app/outbox';
import type { EventPayloads } from '@app/outbox';
import { Application } from '../entities/application.entity';
import { ApplicationError } from '../applications.errors';
import { TransitionDefinition, TRANSITIONS, transitionRefusal, WorkflowAction, WorkflowActor } from '../domain/workflow/transitions';
import { ApplicationsRepository } from './applications.repository';

/** Who takes an action: a person or the portal itself (the audit log reads the address from the request). */
export interface WorkflowCaller {
  kind: WorkflowActor;
  /** The person's user id; null for the system. */
  userId: string | null;
}

/** What an action's own rule decides, once the table allowed the action on the locked file. */
export interface RuleOutcome<A extends WorkflowAction> {
  /** Other fields the action sets on the file (never `status`: the table sets it). */
  changes?: Partial<Omit<Application, 'status' | 'id' | 'version'>>;
  /** The reason recorded in the history and kept on the file (inputs: reason). */
  reason?: string | null;
  /** The payload of the action's event; null or absent: no message this time. */
  message?: ActionMessage<A> | null;
  /** Extra data for the history entry (e.g. a correction deadline). */
  historyData?: Record<string, unknown> | null;
}

/** The payload of an action's event (see its row's `event`). */
export type ActionMessage<A extends WorkflowAction> = (typeof TRANSITIONS)[A]['event'] extends infer E extends keyof EventPayloads ? EventPayloads[E] : never;

export interface TakeAction<A extends WorkflowAction> {
  /** The action, or how to choose it from the locked file when one request can mean several (submit or resubmit). */
  action: A | ((file: Application) => A);
  applicationId: string;
  caller: WorkflowCaller;
  /** Who may act on this file (404 for anyone else, before anything about its status is said). */
  authorize: (file: Application) => void;
  /** The action's own rule, inside the transaction with the file locked: decide, or throw to refuse. */
  rule: (file: Application, manager: EntityManager) => Promise<RuleOutcome<A>> | RuleOutcome<A>;
}

/** The transaction-local setting the status trigger reads (see migration ApplicationTransitions). */
export const WORKFLOW_ACTION_SETTING = 'portal.workflow_action';

/**
 * The one way to change an application's status: locks the file, checks the transition
 * table, applies the action's rule and writes status, history, audit entry and outbox
 * event in one transaction. A transition that no longer applies (someone acted first)
 * answers 409 with the current status and changes nothing.
 */
@Injectable()
export class ApplicationWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Take `action` on a file; returns the file as it now is. */
  take<A extends WorkflowAction>(request: TakeAction<A>): Promise<Application> {
    return this.dataSource.transaction((manager) => this.takeIn(manager, request));
  }

  /** take() inside a transaction the caller already holds (e.g. one scheduler pass closing several files). */
  async takeIn<A extends WorkflowAction>(manager: EntityManager, request: TakeAction<A>): Promise<Application> {
    const { caller } = request;
    const file = await this.applications.lockById(request.applicationId, manager);
    if (!file) throw ApplicationError.notFound();
    request.authorize(file);
    const action = typeof request.action === 'function' ? request.action(file) : request.action;
    const row: TransitionDefinition = TRANSITIONS[action];
    const refusal = transitionRefusal(action, file.status, caller.kind);
    if (refusal === 'STATUS') throw ApplicationError.invalidTransition(file.status, action);
    if (refusal) throw ApplicationError.actionNotAllowed(action, caller.kind, refusal);

    const outcome = await request.rule(file, manager);
    const from = file.status;
    const changes = { ...outcome.changes, status: row.to, version: file.version + 1, ...(outcome.reason !== undefined ? { statusReason: outcome.reason } : {}) };
    // The trigger on applications.status accepts this change only for this action's (from, to).
    await manager.query('SELECT set_config($1, $2, true)', [WORKFLOW_ACTION_SETTING, action]);
    Object.assign(file, changes);
    file.updatedAt = await this.applications.update(manager, file.id, changes);
    await this.applications.addHistory(manager, {
      applicationId: file.id,
      action: row.history,
      fromStatus: from,
      toStatus: file.status,
      actorId: caller.userId,
      reason: outcome.reason ?? null,
      data: outcome.historyData ?? null,
    });
    await this.audit.record(manager, {
      actorId: caller.userId,
      action: row.audit,
      entityType: 'application',
      entityId: file.id,
      // The status before and after, the reason given, and which other fields the action set
      // (their values stay in the file: some are personal, e.g. the applicant's name).
      data: { from, to: file.status, reason: outcome.reason ?? null, fields: Object.keys(outcome.changes ?? {}).sort() },
    });
    if (row.event && outcome.message) {
      await this.outbox.emit(manager, { type: row.event, recipients: [{ userId: file.applicantId }], payload: outcome.message as EventPayloads[typeof row.event] });
    }
    return file;
  }
}
