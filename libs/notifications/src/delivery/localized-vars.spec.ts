import { resolveLocalizedVars } from './localized-vars';

describe('resolveLocalizedVars', () => {
  const payload = { 'cycleName@zh-CN': '2026年度评审', 'cycleName@en': '2026 Evaluation', daysLeft: 7, applicationId: 'a1' };

  it("uses the variant in the recipient's locale under the plain name", () => {
    expect(resolveLocalizedVars(payload, 'zh-CN')).toEqual({ cycleName: '2026年度评审', daysLeft: 7, applicationId: 'a1' });
    expect(resolveLocalizedVars(payload, 'en')).toEqual({ cycleName: '2026 Evaluation', daysLeft: 7, applicationId: 'a1' });
  });

  it('lets the matching variant override a plain value', () => {
    expect(resolveLocalizedVars({ cycleName: 'plain', 'cycleName@en': 'English' }, 'en').cycleName).toBe('English');
  });

  it('keeps a plain value when no variant matches, and falls back to another variant when there is none', () => {
    expect(resolveLocalizedVars({ cycleName: 'plain', 'cycleName@zh-CN': '中文' }, 'en').cycleName).toBe('plain');
    expect(resolveLocalizedVars({ 'cycleName@zh-CN': '中文' }, 'en').cycleName).toBe('中文');
  });

  it('matches locales case-insensitively and leaves other keys with @ alone', () => {
    expect(resolveLocalizedVars({ 'cycleName@ZH-cn': '中文' }, 'zh-CN').cycleName).toBe('中文');
    expect(resolveLocalizedVars({ 'contact@office': 'x' }, 'en')).toEqual({ 'contact@office': 'x' });
  });
});
