/** The titles of the levels as certificates print them (domain.md §3). */
export const LEVEL_TITLES: Readonly<Record<string, { zh: string; en: string }>> = {
  assistant: { zh: '助理工业设计师', en: 'Assistant Industrial Designer' },
  intermediate: { zh: '工业设计师', en: 'Industrial Designer' },
  associate_senior: { zh: '高级工业设计师', en: 'Senior Industrial Designer' },
  full_senior: { zh: '正高级工业设计师', en: 'Professor-level Senior Industrial Designer' },
};

/** The grade printed beside the title (domain.md §3). */
export const LEVEL_GRADES: Readonly<Record<string, { zh: string; en: string }>> = {
  assistant: { zh: '助理级', en: 'Junior' },
  intermediate: { zh: '中级', en: 'Intermediate' },
  associate_senior: { zh: '副高级', en: 'Associate senior' },
  full_senior: { zh: '正高级', en: 'Full senior' },
};

/** The note a certificate of the cross-provincial channel carries (domain.md §7). */
export function crossProvincialNote(host: { 'zh-CN': string; en: string }, home: { 'zh-CN': string; en: string } | null): { zh: string; en: string } {
  return {
    zh: `本职称经${host['zh-CN']}跨省评审渠道评审${home ? `（申报人工作单位所在地：${home['zh-CN']}）` : ''}。`,
    en: `Evaluated through the cross-provincial channel of ${host.en}${home ? ` (home province of the employer: ${home.en})` : ''}.`,
  };
}
