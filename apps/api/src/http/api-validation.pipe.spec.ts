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

  it('validates a non-empty query in full every time', async () => {
    const p = pipe();
    await p.transform(empty(), query(OptionalQuery));
    await expect(p.transform({ flag: 'true' }, query(OptionalQuery))).resolves.toEqual(Object.assign(new OptionalQuery(), { flag: true }));
    await expect(p.transform({ other: '1' }, query(OptionalQuery))).rejects.toBeInstanceOf(BadRequestException);
  });
});
