/** 'YYYY-MM-DD HH:mm' in Asia/Shanghai, how dates appear in messages. */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}
