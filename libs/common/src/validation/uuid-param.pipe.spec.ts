import { ValidationFailedError } from '../errors/app-error';
import { ParseUuidParam } from './uuid-param.pipe';

describe('ParseUuidParam', () => {
  const pipe = new ParseUuidParam();

  it.each(['2f0c6f0e-3b7a-4c55-9f36-7d1c0b8e4a11', 'B127638A-1AA9-0BAD-C8A4-298146B17C89'])('passes %s through (any version, as PostgreSQL reads a uuid: md5()::uuid ids too)', (id) => {
    expect(pipe.transform(id, { type: 'param', data: 'id' })).toBe(id);
  });

  it.each(['not-a-uuid', '', '2f0c6f0e-3b7a-4c55-9f36-7d1c0b8e4a1', 42])('refuses %p naming the parameter', (value) => {
    let error: unknown;
    try {
      pipe.transform(value, { type: 'param', data: 'attachmentId' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).details).toEqual([{ path: 'attachmentId', code: 'FIELD_IS_UUID', message: 'attachmentId must be a UUID' }]);
  });
});
