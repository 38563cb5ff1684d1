import { Injectable } from '@nestjs/common';
import { MINUTE_MS, RegisterSchedule, Schedule } from '@app/queue';
import { ApplicationExportsService } from '../services/application-exports.service';

/**
 * The exports of the admin list (ApplicationExportsService): queues again the exports whose
 * job never started (requested while Redis was down, or lost), under the export's own job id,
 * so one whose job does exist is not doubled; and removes the files past EXPORT_RETENTION_HOURS
 * (the rows stay, without a file; a download then answers 410). Emits nothing; returns the
 * number of exports queued again plus files removed.
 */
@Injectable()
@RegisterSchedule()
export class ApplicationExportsSchedule implements Schedule {
  readonly key = 'application-exports' as const;
  readonly repeat = { every: MINUTE_MS };

  constructor(private readonly exports: ApplicationExportsService) {}

  async run(now: Date): Promise<number> {
    return (await this.exports.requeueStale(now)) + (await this.exports.purgeExpired(now));
  }
}
