import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { RegisterSchedule, Schedule, ScheduleRepeat } from '@app/queue';
import { AuditCheckpointer } from '../audit-checkpointer';

/**
 * Every AUDIT_CHECKPOINT_INTERVAL_SECONDS: sign the audit chain's head and write the checkpoint
 * outside the database (AuditCheckpointer). Emits nothing; returns the checkpoints written (0
 * when the head has not moved or no key is set). A broken chain fails the tick, loudly.
 */
@Injectable()
@RegisterSchedule()
export class AuditCheckpointsSchedule implements Schedule {
  readonly key = 'audit-checkpoints' as const;

  constructor(
    private readonly checkpointer: AuditCheckpointer,
    private readonly config: AppConfig,
  ) {}

  get repeat(): ScheduleRepeat {
    return { every: this.config.AUDIT_CHECKPOINT_INTERVAL_SECONDS * 1000 };
  }

  async run(): Promise<number> {
    return (await this.checkpointer.checkpoint()) ? 1 : 0;
  }
}
