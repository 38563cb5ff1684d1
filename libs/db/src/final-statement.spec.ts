import { inlineParameters } from './final-statement';

// node-postgres's Client#escapeLiteral, reproduced for the test (E'' form when backslashes appear).
function escapeLiteral(value: string): string {
  const hasBackslash = value.includes('\\');
  const quoted = `'${value.replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  return hasBackslash ? ` E${quoted}` : quoted;
}

describe('inlineParameters', () => {
  it('replaces every $n with its value as a literal, $10 not read as $1 then 0', () => {
    const params = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    expect(inlineParameters('SELECT $1, $10, $2', params, escapeLiteral)).toBe("SELECT 'a', 'j', 'b'");
  });

  it('escapes quotes and backslashes through the driver, writes numbers and NULL as such', () => {
    expect(inlineParameters('SELECT $1, $2, $3, $4', ["O'Brien'); DROP TABLE users; --", 'C:\\x', 42, null], escapeLiteral)).toBe(
      "SELECT 'O''Brien''); DROP TABLE users; --',  E'C:\\\\x', 42, NULL",
    );
  });

  it('writes booleans as TRUE/FALSE and a Date as its ISO text, through the driver', () => {
    expect(inlineParameters('SELECT $1, $2, $3', [true, false, new Date('2026-11-28T01:02:03.004Z')], escapeLiteral)).toBe("SELECT TRUE, FALSE, '2026-11-28T01:02:03.004Z'");
  });

  it('refuses a missing value, a non-finite number, an invalid date and other types', () => {
    expect(() => inlineParameters('SELECT $2', ['a'], escapeLiteral)).toThrow(/no value for \$2/);
    expect(() => inlineParameters('SELECT $0', ['a'], escapeLiteral)).toThrow(/no value for \$0/);
    expect(() => inlineParameters('SELECT $1', [Number.NaN], escapeLiteral)).toThrow(/finite/);
    expect(() => inlineParameters('SELECT $1', [new Date(Number.NaN)], escapeLiteral)).toThrow(/invalid date/);
    expect(() => inlineParameters('SELECT $1', [{ a: 1 } as unknown as string], escapeLiteral)).toThrow(/a boolean, a Date or null/);
    expect(() => inlineParameters('SELECT $1', [BigInt(1) as unknown as string], escapeLiteral)).toThrow(/a boolean, a Date or null/);
  });
});
