import { csvStringifier, neutraliseCsvCell } from './csv-safety';

async function csvOf(rows: unknown[][]): Promise<string> {
  const stringifier = csvStringifier({ header: false });
  const chunks: string[] = [];
  stringifier.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const done = new Promise((resolve, reject) => stringifier.on('end', resolve).on('error', reject));
  for (const row of rows) stringifier.write(row);
  stringifier.end();
  await done;
  return chunks.join('');
}

describe('neutraliseCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['+1+cmd|/C calc!A0', "'+1+cmd|/C calc!A0"],
    ['-2+3', "'-2+3"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['=', "'="],
  ])('prefixes %j with a single quote', (value, expected) => {
    expect(neutraliseCsvCell(value)).toBe(expected);
  });

  it.each(['张三', 'Zhang San', '', 'a=b', ' =1', "'=1", '86.30', '-12.5', '+7', '-3', '2026-05-31 17:00'])('leaves %j as it is', (value) => {
    expect(neutraliseCsvCell(value)).toBe(value);
  });
});

describe('csvStringifier', () => {
  it('neutralises string cells and leaves numbers, booleans and empty cells as csv-stringify writes them', async () => {
    const csv = await csvOf([['=HYPERLINK("http://x","y")', '@SUM(1+1)', -5, 86.3, true, null, '-4.25']]);
    expect(csv).toBe(`"'=HYPERLINK(""http://x"",""y"")",'@SUM(1+1),-5,86.3,1,,-4.25\n`);
  });
});
