import { maskPhone } from '@app/common';
import { changeSummary } from './change-summary';

describe('changeSummary', () => {
  it('keeps only the changed fields, with before and after', () => {
    expect(changeSummary({ status: 'active', roles: ['applicant'], name: 'A' }, { status: 'disabled', roles: ['applicant'], name: undefined })).toEqual({
      status: { from: 'active', to: 'disabled' },
    });
  });

  it('compares arrays and objects by value and writes dates as ISO strings', () => {
    const at = new Date('2026-12-01T00:00:00.000Z');
    expect(changeSummary({ levels: ['intermediate'], closesAt: new Date(at) }, { levels: ['intermediate', 'assistant'], closesAt: at })).toEqual({
      levels: { from: ['intermediate'], to: ['intermediate', 'assistant'] },
    });
    expect(changeSummary({ closesAt: null }, { closesAt: at })).toEqual({ closesAt: { from: null, to: '2026-12-01T00:00:00.000Z' } });
  });

  it('masks personal fields on both sides', () => {
    expect(changeSummary({ phone: '13800001234' }, { phone: '13900005678' }, { phone: maskPhone })).toEqual({
      phone: { from: '138****1234', to: '139****5678' },
    });
  });
});
