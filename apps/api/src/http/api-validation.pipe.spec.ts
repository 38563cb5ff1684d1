import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ApiValidationPipe } from './api-validation.pipe';

class OptionalQuery {
  @IsOptional() @Transform(({ value }) => value === 'true') @IsBoolean() flag?: boolean;
}

class RequiredQuery {
  @IsIn(['a', 'b']) level: string;
}

class BodyDto {
  @IsOptional() @IsIn(['a', 'b']) level?: string;
}

const pipe = () => new ApiValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true });
const query = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype, data: undefined });
const empty = () => Object.create(null) as Record<string, never>;

describe('ApiValidationPipe', () => {
  it('validates an empty query once per DTO, then returns a fresh instance without validating again', async () => {
    const p = pipe();
    const validate = jest.spyOn(p as unknown as { validate: () => unknown }, 'validate');
    const first = await p.transform(empty(), query(OptionalQuery));
    const second = await p.transform(empty(), query(OptionalQuery));
    expect(validate).toHaveBeenCalledTimes(1);
    expect(first).toBeInstanceOf(OptionalQuery);
    expect(second).toBeInstanceOf(OptionalQuery);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
  });

  it('refuses an empty query every time when the DTO requires a field', async () => {
    const p = pipe();
    await expect(p.transform(empty(), query(RequiredQuery))).rejects.toBeInstanceOf(BadRequestException);
    await expect(p.transform(empty(), query(RequiredQuery))).rejects.toBeInstanceOf(BadRequestException);
  });

  it('refuses a DTO body that is not a JSON object (null, array, string, number) with BODY_NOT_OBJECT', async () => {
    const p = pipe();
    const body: ArgumentMetadata = { type: 'body', metatype: BodyDto, data: undefined };
    for (const value of [null, [], 'x', 1]) {
      await expect(p.transform(value, body)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 400, details: [{ path: '', code: 'BODY_NOT_OBJECT' }] });
    }
    await expect(p.transform({ level: 'a' }, body)).resolves.toEqual(Object.assign(new BodyDto(), { level: 'a' }));
  });

  it('validates a non-empty query in full every time', async () => {
    const p = pipe();
    await p.transform(empty(), query(OptionalQuery));
    await expect(p.transform({ flag: 'true' }, query(OptionalQuery))).resolves.toEqual(Object.assign(new OptionalQuery(), { flag: true }));
    await expect(p.transform({ other: '1' }, query(OptionalQuery))).rejects.toBeInstanceOf(BadRequestException);
  });
});
