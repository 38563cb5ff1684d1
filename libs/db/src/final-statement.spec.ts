import { randomBytes } from 'crypto';
import { escapeLiteral } from 'pg';
import { inlineParameters, quoteLiteral } from './final-statement';

describe('quoteLiteral', () => {
  it("writes exactly what node-postgres's escapeLiteral writes", () => {
    const samples = ["", "plain", "O'Brien", "''", "C:\\x", "\\'", "it's \\ fine", '重庆 \'设计\'', '{"a":"\\"q\\""}', '\n\t$1'];
    // And random strings over quotes, backslashes and a few other characters.
    const alphabet = ["'", '\\', 'a', '"', ' ', 'é', '\n', '$'];
    for (let i = 0; i < 200; i++) samples.push([...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join(''));
    for (const value of samples) expect(quoteLiteral(value)).toBe(escapeLiteral(value));
  });
});

describe('inlineParameters', () => {
  it('replaces every $n with its value as a literal, $10 not read as $1 then 0', () => {
    const params = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
    expect(inlineParameters('SELECT $1, $10, $2', params)).toBe("SELECT 'a', 'j', 'b'");
  });

  it('escapes quotes and backslashes through the driver, writes numbers and NULL as such', () => {
    expect(inlineParameters('SELECT $1, $2, $3, $4', ["O'Brien'); DROP TABLE users; --", 'C:\\x', 42, null])).toBe(
      "SELECT 'O''Brien''); DROP TABLE users; --',  E'C:\\\\x', 42, NULL",
    );
  });

  it('writes booleans as TRUE/FALSE and a Date as its ISO text, through the driver', () => {
    expect(inlineParameters('SELECT $1, $2, $3', [true, false, new Date('2026-11-28T01:02:03.004Z')])).toBe("SELECT TRUE, FALSE, '2026-11-28T01:02:03.004Z'");
  });

  it('refuses a missing value, a non-finite number, an invalid date and other types', () => {
    expect(() => inlineParameters('SELECT $2', ['a'])).toThrow(/no value for \$2/);
    expect(() => inlineParameters('SELECT $0', ['a'])).toThrow(/no value for \$0/);
    expect(() => inlineParameters('SELECT $1', [Number.NaN])).toThrow(/finite/);
    expect(() => inlineParameters('SELECT $1', [new Date(Number.NaN)])).toThrow(/invalid date/);
    expect(() => inlineParameters('SELECT $1', [{ a: 1 } as unknown as string])).toThrow(/a boolean, a Date or null/);
    expect(() => inlineParameters('SELECT $1', [BigInt(1) as unknown as string])).toThrow(/a boolean, a Date or null/);
  });
});
