import { creditCodeKey, employerNameKey, personNameKey } from './names';

describe('employerNameKey', () => {
  it.each([
    ['重庆某工业设计有限公司', '重庆某工业设计'],
    ['重庆某工业设计有限责任公司', '重庆某工业设计'],
    ['重庆某工业设计股份有限公司', '重庆某工业设计'],
    ['重庆某工业设计集团', '重庆某工业设计'],
    ['重庆某工业设计集团股份有限公司', '重庆某工业设计'],
    ['重庆某工业设计公司', '重庆某工业设计'],
    ['  重庆 某工业设计 有限公司 ', '重庆某工业设计'],
    ['重庆某工业设计（有限公司）', '重庆某工业设计'],
    ['ＡＣＭＥ Ｄｅｓｉｇｎ Ｃｏ．，Ｌｔｄ．', 'acmedesign'],
    ['Acme Design Co., Ltd.', 'acmedesign'],
    ['Acme Design Co.,Ltd', 'acmedesign'],
    ['ACME DESIGN LTD.', 'acmedesign'],
    ['Acme Design Inc.', 'acmedesign'],
    ['Acme Design LLC', 'acmedesign'],
    ['Acme-Design Company Limited', 'acmedesign'],
    ['Zinc Design', 'zincdesign'],
    ['Co Design Lab', 'codesignlab'],
    ['有限公司', ''],
    ['Co., Ltd.', ''],
    ['', ''],
  ])('%s -> %s', (name, key) => {
    expect(employerNameKey(name)).toBe(key);
  });

  it('is empty for null and undefined', () => {
    expect(employerNameKey(null)).toBe('');
    expect(employerNameKey(undefined)).toBe('');
  });
});

describe('personNameKey', () => {
  it.each([
    ['张三', '张三'],
    [' 张 三 ', '张三'],
    ['阿依古丽·买买提', '阿依古丽买买提'],
    ['阿依古丽・买买提', '阿依古丽买买提'],
    ['Zhang San', 'zhangsan'],
    ['ＺＨＡＮＧ　ＳＡＮ', 'zhangsan'],
    ['', ''],
  ])('%s -> %s', (name, key) => {
    expect(personNameKey(name)).toBe(key);
  });
});

describe('creditCodeKey', () => {
  it.each([
    ['91500103pb3lwf6f87', '91500103PB3LWF6F87'],
    [' 91500103PB3LWF6F87 ', '91500103PB3LWF6F87'],
    ['９１５００１０３ＰＢ３ＬＷＦ６Ｆ８７', '91500103PB3LWF6F87'],
    ['', ''],
  ])('%s -> %s', (code, key) => {
    expect(creditCodeKey(code)).toBe(key);
  });
});
