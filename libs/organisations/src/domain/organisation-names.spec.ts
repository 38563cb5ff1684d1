import { bureauNames, officeNames, PARTNER_ASSOCIATION } from './organisation-names';

describe('the names of the host province’s organisations', () => {
  it('calls a municipality’s authority a bureau and a province’s a department', () => {
    expect(bureauNames({ 'zh-CN': '重庆市', en: 'Chongqing' })).toEqual({ nameZh: '重庆市人力资源和社会保障局', nameEn: 'Chongqing Municipal Human Resources and Social Security Bureau' });
    expect(bureauNames({ 'zh-CN': '四川省', en: 'Sichuan' })).toEqual({ nameZh: '四川省人力资源和社会保障厅', nameEn: 'Sichuan Department of Human Resources and Social Security' });
  });

  it('names the office after the province, and the association as itself', () => {
    expect(officeNames({ 'zh-CN': '重庆市', en: 'Chongqing' }).nameZh).toBe('重庆市工业设计专业职称评审办公室');
    expect(PARTNER_ASSOCIATION.nameEn).toBe('China Industrial Design Association');
  });
});
