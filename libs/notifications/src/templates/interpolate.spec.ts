import { escapeHtml, interpolate, placeholders } from './interpolate';

describe('interpolate', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('finds plain and labelled placeholders', () => {
    expect(placeholders('{{a}} and {{ b | level }}')).toEqual([{ name: 'a' }, { name: 'b', labelSet: 'level' }]);
  });

  it('applies the escape to literal text and values alike', () => {
    const resolve = (p: { name: string }) => (p.name === 'x' ? '<b>' : '?');
    expect(interpolate('a & {{x}}', resolve)).toBe('a & <b>');
    expect(interpolate('a & {{x}}', resolve, escapeHtml)).toBe('a &amp; &lt;b&gt;');
  });

  it('does not re-expand placeholders that arrive inside values', () => {
    expect(interpolate('{{x}}', () => '{{y}}')).toBe('{{y}}');
  });
});
