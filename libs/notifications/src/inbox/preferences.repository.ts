import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PreferenceChange } from './preferences';

/** Every query on notification_preferences (the delivery reads opt-outs too). */
@Injectable()
export class PreferencesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The user's stored choices by type; a type without a row is on. */
  async stored(userId: string): Promise<Map<string, boolean>> {
    const rows: { type: string; emailEnabled: boolean }[] = await this.dataSource.query(
      'SELECT type, email_enabled AS "emailEnabled" FROM notification_preferences WHERE user_id = $1',
      [userId],
    );
    return new Map(rows.map((r) => [r.type, r.emailEnabled]));
  }

  /** Of the given (user, type) pairs, those whose e-mail is switched off, as `userId|type`. */
  async emailOptOuts(pairs: readonly { userId: string; type: string }[]): Promise<Set<string>> {
    if (!pairs.length) return new Set();
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT p.user_id || '|' || p.type AS key
         FROM notification_preferences p
         JOIN unnest($1::uuid[], $2::text[]) AS t(user_id, type) ON p.user_id = t.user_id AND p.type = t.type
        WHERE NOT p.email_enabled`,
      [pairs.map((p) => p.userId), pairs.map((p) => p.type)],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** Insert or update one row per change, in one statement. */
  async upsert(userId: string, changes: readonly PreferenceChange[]): Promise<void> {
    if (!changes.length) return;
    await this.dataSource.query(
      `INSERT INTO notification_preferences (user_id, type, email_enabled, updated_at)
       SELECT $1, t.type, t.enabled, now() FROM unnest($2::text[], $3::boolean[]) AS t(type, enabled)
       ON CONFLICT (user_id, type) DO UPDATE SET email_enabled = EXCLUDED.email_enabled, updated_at = now()`,
      [userId, changes.map((c) => c.type), changes.map((c) => c.emailEnabled)],
    );
  }
}
