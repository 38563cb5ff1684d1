import { checkDomainFields, normaliseIdentifiers } from './field-rules';

const TODAY = '2026-03-15';

function codes(data: unknown, maxWorkOverlapDays?: number): [string, string][] {
  return checkDomainFields(data, { today: TODAY, maxWorkOverlapDays }).map((e) => [e.pointer, e.code]);
}

describe('checkDomainFields', () => {
  it('returns nothing for empty or non-object data', () => {
    expect(codes({})).toEqual([]);
    expect(codes(null)).toEqual([]);
    expect(codes([])).toEqual([]);
  });

  it('accepts a consistent file', () => {
    expect(
      codes({
        identity: { documentType: 'resident_id', documentNumber: '500103198805124713', birthDate: '1988-05-12', mobile: '13800138000' },
        employer: { creditCode: '91500103pb3lwf6f87', regionCode: '500103' },
        education: { graduationDate: '2010-07-01' },
        currentTitle: { obtainedOn: '2015-12-01' },
        workHistory: [
          { start: '2010-07-15', end: '2015-03-31' },
          { start: '2015-03-01' },
        ],
        achievements: { projects: [{ start: '2019-01-01', end: '2019-01-01' }] },
        continuingEducation: [{ year: 2024, totalHours: 90, professionalHours: 90 }],
      }),
    ).toEqual([]);
  });

  it.each([
    ['500103198805124711', 'ID_NUMBER_CHECKSUM'],
    ['50010319880512471', 'ID_NUMBER_LENGTH'],
    ['5001031988O5121234', 'ID_NUMBER_FORMAT'],
    ['500103199002301231', 'ID_NUMBER_BIRTH_DATE_INVALID'],
    ['500103209901011234', 'ID_NUMBER_BIRTH_DATE_FUTURE'],
    ['990103199001011233', 'ID_NUMBER_PROVINCE_UNKNOWN'],
  ])('flags resident ID %s as %s', (documentNumber, code) => {
    expect(codes({ identity: { documentType: 'resident_id', documentNumber } })).toEqual([['/identity/documentNumber', code]]);
  });

  it('checks the ID number only for resident IDs', () => {
    expect(codes({ identity: { documentType: 'passport', documentNumber: 'E12345678', birthDate: '1990-01-01' } })).toEqual([]);
    expect(codes({ identity: { documentNumber: '500103198805124711' } })).toEqual([]);
  });

  it('requires the birth date to match the one inside the resident ID', () => {
    const identity = { documentType: 'resident_id', documentNumber: '500103198805124713', birthDate: '1988-05-13' };
    const errors = checkDomainFields({ identity }, { today: TODAY });
    expect(errors).toEqual([expect.objectContaining({ pointer: '/identity/birthDate', code: 'ID_NUMBER_BIRTH_DATE_MISMATCH' })]);
    expect(errors[0].message.en).toContain('1988-05-12');
    // Lower-case x is the same number.
    expect(codes({ identity: { documentType: 'resident_id', documentNumber: '50010519900307001x', birthDate: '1990-03-07' } })).toEqual([]);
  });

  it('checks mobile, credit code and region code when present', () => {
    expect(
      codes({
        identity: { mobile: '12345678901' },
        employer: { creditCode: '91350100M000100Y40', regionCode: '500003' },
      }),
    ).toEqual([
      ['/identity/mobile', 'MOBILE_FORMAT'],
      ['/employer/creditCode', 'CREDIT_CODE_CHECKSUM'],
      ['/employer/regionCode', 'REGION_CODE_UNKNOWN'],
    ]);
    expect(codes({ employer: { creditCode: '91350100I000100Y43' } })).toEqual([['/employer/creditCode', 'CREDIT_CODE_FORMAT']]);
    expect(codes({ employer: { creditCode: '91350100M000100Y4' } })).toEqual([['/employer/creditCode', 'CREDIT_CODE_LENGTH']]);
  });

  it.each([
    ['500106', '50', []],
    ['500243', '50', []],
    ['500000', '50', []],
    ['440305', '50', []],
    ['500199', '50', [['/employer/regionCode', 'REGION_CODE_UNKNOWN']]],
    ['500100', '50', [['/employer/regionCode', 'REGION_CODE_UNKNOWN']]],
    ['500199', undefined, []],
    ['510199', '51', []],
  ])('checks a region code %s of the host province %s against its listed districts', (regionCode, hostProvince, expected) => {
    const errors = checkDomainFields({ employer: { regionCode } }, { today: TODAY, hostProvince });
    expect(errors.map((e) => [e.pointer, e.code])).toEqual(expected);
  });

  it('names the host province in the refusal', () => {
    const [error] = checkDomainFields({ employer: { regionCode: '500199' } }, { today: TODAY, hostProvince: '50' });
    expect(error.message).toEqual({ 'zh-CN': '不是重庆市的区县代码：请从列表中选择所在区县', en: 'Not a district or county of Chongqing: choose one from the list' });
  });

  it('checks the mobile against the identity document: mainland for a resident ID, E.164 too for a passport or other', () => {
    expect(codes({ identity: { documentType: 'passport', mobile: '+852 9123 4567' } })).toEqual([]);
    expect(codes({ identity: { documentType: 'other', mobile: '+44 20-7946-0958' } })).toEqual([]);
    expect(codes({ identity: { documentType: 'passport', mobile: '13800138000' } })).toEqual([]);
    expect(codes({ identity: { documentType: 'passport', mobile: '9123 4567' } })).toEqual([['/identity/mobile', 'MOBILE_FORMAT_INTERNATIONAL']]);
    expect(codes({ identity: { documentType: 'resident_id', mobile: '+852 9123 4567' } })).toEqual([['/identity/mobile', 'MOBILE_FORMAT']]);
  });

  it('leaves empty and wrongly typed values to schema validation', () => {
    expect(codes({ identity: { mobile: '', documentType: 'resident_id', documentNumber: 5 }, employer: { regionCode: 500103 } })).toEqual([]);
  });

  it('checks date order', () => {
    expect(
      codes({
        identity: { birthDate: '1990-01-01' },
        education: { graduationDate: '2012-07-01' },
        currentTitle: { obtainedOn: '2012-06-30' },
        workHistory: [{ start: '2015-01-01', end: '2014-12-31' }],
        achievements: { projects: [{ start: '2020-02-01', end: '2020-01-31' }] },
      }),
    ).toEqual([
      ['/currentTitle/obtainedOn', 'DATE_ORDER'],
      ['/workHistory/0/end', 'DATE_ORDER'],
      ['/achievements/projects/0/end', 'DATE_ORDER'],
    ]);
    expect(codes({ identity: { birthDate: '1990-01-01' }, education: { graduationDate: '1989-07-01' } })).toEqual([
      ['/education/graduationDate', 'DATE_ORDER'],
    ]);
  });

  it('flags dates in the future', () => {
    expect(
      codes({
        identity: { birthDate: '2026-03-16' },
        currentTitle: { obtainedOn: '2027-01-01' },
        workHistory: [{ start: '2026-03-15', end: '2026-04-01' }],
      }),
    ).toEqual([
      ['/identity/birthDate', 'DATE_IN_FUTURE'],
      ['/currentTitle/obtainedOn', 'DATE_IN_FUTURE'],
      ['/workHistory/0/end', 'DATE_IN_FUTURE'],
    ]);
  });

  describe('work period overlaps', () => {
    const history = (secondStart: string) => [
      { start: '2015-01-01', end: '2018-01-31' },
      { start: secondStart, end: '2020-12-31' },
    ];

    it('allows up to 31 days by default (both ends inclusive)', () => {
      expect(codes({ workHistory: history('2018-01-01') })).toEqual([]);
    });

    it('flags 32 days', () => {
      const errors = checkDomainFields({ workHistory: history('2017-12-31') }, { today: TODAY });
      expect(errors).toEqual([expect.objectContaining({ pointer: '/workHistory/1/start', code: 'WORK_PERIODS_OVERLAP' })]);
      expect(errors[0].message.en).toBe('Overlaps work period 1 by 32 days (at most 31 allowed)');
    });

    it('uses the configured tolerance and treats an open end as today', () => {
      expect(codes({ workHistory: history('2018-01-31') }, 0)).toEqual([['/workHistory/1/start', 'WORK_PERIODS_OVERLAP']]);
      expect(codes({ workHistory: history('2018-02-01') }, 0)).toEqual([]);
      expect(codes({ workHistory: [{ start: '2020-01-01' }, { start: '2026-01-01' }] })).toEqual([['/workHistory/1/start', 'WORK_PERIODS_OVERLAP']]);
    });
  });

  it('checks continuing education hours and duplicates', () => {
    expect(
      codes({
        continuingEducation: [
          { year: 2024, totalHours: 90, professionalHours: 91 },
          { year: 2024, totalHours: 90, professionalHours: 60 },
        ],
      }),
    ).toEqual([
      ['/continuingEducation/0/professionalHours', 'CE_PROFESSIONAL_EXCEEDS_TOTAL'],
      ['/continuingEducation/1/year', 'CE_YEAR_DUPLICATE'],
    ]);
  });

  it('flags a sales year given twice for one product', () => {
    expect(
      codes({
        achievements: { products: [{ annualSalesYuan: [{ year: 2023, amount: 1 }, { year: 2023, amount: 2 }] }] },
      }),
    ).toEqual([['/achievements/products/0/annualSalesYuan/1/year', 'SALES_YEAR_DUPLICATE']]);
  });

  it('gives every error a bilingual message', () => {
    const errors = checkDomainFields(
      { identity: { mobile: '1', documentType: 'resident_id', documentNumber: '1' }, employer: { creditCode: '1', regionCode: '1' } },
      { today: TODAY },
    );
    expect(errors).toHaveLength(4);
    for (const e of errors) {
      expect(e.message['zh-CN']).toBeTruthy();
      expect(e.message.en).toBeTruthy();
    }
  });
});

describe('normaliseIdentifiers', () => {
  it('upper-cases the credit code and a resident ID check character without touching the input', () => {
    const input = {
      identity: { documentType: 'resident_id', documentNumber: ' 50010519900307001x ' },
      employer: { creditCode: '91350100m000100y43' },
    };
    expect(normaliseIdentifiers(input)).toEqual({
      identity: { documentType: 'resident_id', documentNumber: '50010519900307001X' },
      employer: { creditCode: '91350100M000100Y43' },
    });
    expect(input.employer.creditCode).toBe('91350100m000100y43');
  });

  it('leaves passport numbers as typed', () => {
    const input = { identity: { documentType: 'passport', documentNumber: 'e123' } };
    expect(normaliseIdentifiers(input)).toEqual(input);
  });
});
