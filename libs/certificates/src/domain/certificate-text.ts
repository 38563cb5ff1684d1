/** The note a certificate of the cross-provincial channel carries (domain.md §7). */
export function crossProvincialNote(host: { 'zh-CN': string; en: string }, home: { 'zh-CN': string; en: string } | null): { zh: string; en: string } {
  return {
    zh: `本职称经${host['zh-CN']}跨省评审渠道评审${home ? `（申报人工作单位所在地：${home['zh-CN']}）` : ''}。`,
    en: `Evaluated through the cross-provincial channel of ${host.en}${home ? ` (home province of the employer: ${home.en})` : ''}.`,
  };
}
