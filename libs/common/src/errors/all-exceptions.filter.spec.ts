import { safeError } from './all-exceptions.filter';

describe('safeError', () => {
  it('keeps what helps debugging and drops query parameters and driver details', () => {
    const error = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      query: 'UPDATE applications SET data = $1',
      parameters: ['{"identity":{"mobile":"13800138000"}}'],
      driverError: { code: '23505', constraint: 'x', table: 'applications', detail: 'Key (mobile)=(13800138000) already exists.' },
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).toContain('23505');
    expect(logged).toContain('applications');
    expect(logged).not.toContain('13800138000');
  });
});
