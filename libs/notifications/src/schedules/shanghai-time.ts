const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000; // China has no daylight saving time.

/** "2026-05-31 17:00": how templates show a date and time (Asia/Shanghai, see template-definitions.ts). */
export function formatShanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
