/** Names of the organisations every host province has (seeded at start-up), from the province's names. */

export interface OrganisationNames {
  nameZh: string;
  nameEn: string;
}

/** The partner association of the cross-provincial channel (domain.md §7). */
export const PARTNER_ASSOCIATION: OrganisationNames = { nameZh: '中国工业设计协会', nameEn: 'China Industrial Design Association' };

/** The evaluation office of the host province. */
export function officeNames(province: { 'zh-CN': string; en: string }): OrganisationNames {
  return { nameZh: `${province['zh-CN']}工业设计专业职称评审办公室`, nameEn: `${province.en} Industrial Design Title Evaluation Office` };
}

/**
 * The human-resources authority of the host province: a municipality's is a bureau (局, e.g.
 * 重庆市人力资源和社会保障局), a province's or region's a department (厅).
 */
export function bureauNames(province: { 'zh-CN': string; en: string }): OrganisationNames {
  const municipality = province['zh-CN'].endsWith('市');
  return {
    nameZh: `${province['zh-CN']}人力资源和社会保障${municipality ? '局' : '厅'}`,
    nameEn: `${province.en} ${municipality ? 'Municipal Human Resources and Social Security Bureau' : 'Department of Human Resources and Social Security'}`,
  };
}
