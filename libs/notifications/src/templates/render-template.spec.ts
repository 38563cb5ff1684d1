import { NOTIFICATION_TYPE_NAMES, NOTIFICATION_TYPES } from '../catalogue/notification-types';
import { TEMPLATE_LOCALES } from './labels';
import { renderTemplate, templateVariables, type RenderedTemplate } from './render-template';
import { sampleVars } from './sample-vars';
import { TEMPLATE_KEYS } from './template-definitions';
import { TemplateVariableError, UnknownTemplateError } from './template-errors';

const HAN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/; // CJK ideographs and full-width punctuation
const outputs = (r: RenderedTemplate) => [r.subject, r.title, r.body, r.text, r.html];

describe('templates cover the catalogue', () => {
  it('has exactly one template per catalogue templateKey', () => {
    const keys = new Set(NOTIFICATION_TYPE_NAMES.map((t) => NOTIFICATION_TYPES[t].templateKey));
    expect([...TEMPLATE_KEYS].sort()).toEqual([...keys].sort());
  });

  describe.each(NOTIFICATION_TYPE_NAMES.map((t) => [t]))('%s', (type) => {
    const def = NOTIFICATION_TYPES[type];

    it('needs exactly the variables the catalogue lists', () => {
      expect(templateVariables(def.templateKey)).toEqual([...def.requiredVars].sort());
    });

    it.each(TEMPLATE_LOCALES.map((l) => [l]))('renders in %s from its sample variables', (locale) => {
      const vars = sampleVars(def.templateKey, locale);
      for (const name of def.requiredVars) expect(vars[name]).toBeDefined();
      const r = renderTemplate(def.templateKey, locale, vars);
      for (const out of outputs(r)) {
        expect(out.trim()).not.toBe('');
        expect(out).not.toMatch(/\{\{|\}\}/);
      }
      expect(r.subject).not.toMatch(/[\r\n]/);
      expect(r.title).not.toMatch(/[\r\n]/);
      if (locale === 'zh-CN') {
        for (const out of outputs(r)) expect(out).toMatch(HAN);
      } else {
        for (const out of outputs(r)) expect(out).not.toMatch(HAN);
      }
      if (def.requiredVars.includes('actionUrl')) {
        expect(r.text).toContain(`\n${vars.actionUrl}\n`);
        expect(r.html).toContain(`href="${vars.actionUrl}"`);
      }
    });
  });
});

describe('renderTemplate', () => {
  const hostile = `<script>alert("x")</script> & Co's`;

  it('escapes inserted values in the html and keeps them raw in the plain variants', () => {
    const vars = { ...sampleVars('application.returned', 'en'), recipientName: hostile, reason: hostile };
    const r = renderTemplate('application.returned', 'en', vars);
    expect(r.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s');
    expect(r.html).not.toContain('<script>');
    expect(r.text).toContain(`Dear ${hostile},`);
    expect(r.text).toContain(`Reason: ${hostile}`);
    expect(r.body).toContain(hostile);
  });

  it('escapes in the zh-CN html too', () => {
    const r = renderTemplate('application.submitted', 'zh-CN', { ...sampleVars('application.submitted'), recipientName: hostile });
    expect(r.html).toContain('尊敬的&lt;script&gt;');
    expect(r.text).toContain(`尊敬的${hostile}：`);
  });

  it('greets neutrally when no recipient name is given (an unverified address), by name otherwise', () => {
    const { recipientName: _name, ...anonymous } = sampleVars('account.verify_email', 'en');
    const en = renderTemplate('account.verify_email', 'en', anonymous);
    expect(en.text.startsWith('Hello,\n')).toBe(true);
    expect(en.html).toContain('>Hello,</p>');
    const { recipientName: _zh, ...anonymousZh } = sampleVars('account.verify_email', 'zh-CN');
    expect(renderTemplate('account.verify_email', 'zh-CN', anonymousZh).text.startsWith('您好：\n')).toBe(true);
    expect(renderTemplate('account.verify_email', 'en', { ...anonymous, recipientName: 'Zhang Ming' }).text.startsWith('Dear Zhang Ming,\n')).toBe(true);
    expect(templateVariables('account.verify_email')).not.toContain('recipientName');
  });

  it('puts nothing a registrant or objector typed into the messages that go to unverified addresses', () => {
    // Only the dispatcher's link and fixed numbers: no template variable can carry their text.
    expect(templateVariables('account.verify_email')).toEqual(['actionUrl', 'expiresInHours']);
    expect(templateVariables('account.already_registered')).toEqual(['loginUrl', 'resetUrl']);
    expect(templateVariables('objection.confirm_email')).toEqual(['actionUrl', 'expiresInHours']);
  });

  it('keeps line breaks of a value as <br> in the html', () => {
    const r = renderTemplate('application.rejected', 'zh-CN', { ...sampleVars('application.rejected'), reason: '第一条\n第二条' });
    expect(r.html).toContain('第一条<br>第二条');
    expect(r.text).toContain('第一条\n第二条');
  });

  it('strips CR/LF from the subject so no header can be injected', () => {
    const vars = { ...sampleVars('application.returned', 'en'), correctionDeadline: '2026-06-05\r\nBcc: victim@example.com' };
    const r = renderTemplate('application.returned', 'en', vars);
    expect(r.subject).not.toMatch(/[\r\n]/);
    expect(r.subject).toContain('2026-06-05 Bcc: victim@example.com');
  });

  it('throws naming the template and the variable when one is missing or blank', () => {
    const vars: Record<string, string | number | null | undefined> = { ...sampleVars('application.rejected') };
    for (const missing of [undefined, null, '', '   ']) {
      vars.appealDeadline = missing;
      let caught: unknown;
      try {
        renderTemplate('application.rejected', 'zh-CN', vars);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(TemplateVariableError);
      expect(caught).toMatchObject({ templateKey: 'application.rejected', variable: 'appealDeadline', problem: 'missing' });
      expect((caught as Error).message).toMatch(/application\.rejected.*appealDeadline/);
    }
  });

  it('throws for an unknown template key or locale', () => {
    expect(() => renderTemplate('application.exploded', 'en', {})).toThrow(UnknownTemplateError);
    expect(() => renderTemplate('application.submitted', 'fr' as 'en', sampleVars('application.submitted'))).toThrow(UnknownTemplateError);
    expect(() => sampleVars('application.exploded')).toThrow(UnknownTemplateError);
  });

  it('refuses a link that is not an absolute http(s) URL', () => {
    const vars = { ...sampleVars('account.password_reset', 'en'), actionUrl: 'javascript:alert(1)' };
    expect(() => renderTemplate('account.password_reset', 'en', vars)).toThrow(TemplateVariableError);
  });

  it('shows enumerations in the reader language and rejects unknown closed values', () => {
    const vars = sampleVars('application.approved', 'en');
    expect(renderTemplate('application.approved', 'en', vars).subject).toContain('Senior Industrial Designer');
    expect(renderTemplate('application.approved', 'zh-CN', sampleVars('application.approved')).subject).toContain('高级工业设计师');
    expect(() => renderTemplate('application.approved', 'en', { ...vars, level: 'grand_master' })).toThrow(/level/);
    // Specialties are admin-configurable: an unknown one is shown as given.
    expect(renderTemplate('application.approved', 'en', { ...vars, specialty: 'Service Design' }).body).toContain('(Service Design)');
  });

  it('words the appeal outcome for both decisions', () => {
    const upheld = renderTemplate('appeal.decided', 'en', { ...sampleVars('appeal.decided', 'en'), outcome: 'upheld' });
    expect(upheld.title).toBe('Appeal decided: original decision upheld');
    expect(upheld.text).toContain('The original decision stands');
    const again = renderTemplate('appeal.decided', 'zh-CN', sampleVars('appeal.decided'));
    expect(again.text).toContain('重新进入专家评审');
  });

  it('signs with the default office name unless one is given, escaped in the html', () => {
    const zh = renderTemplate('account.verify_email', 'zh-CN', sampleVars('account.verify_email'));
    expect(zh.text).toContain('重庆市工业设计专业职称评审办公室');
    expect(zh.text).toContain('24小时内有效');
    const en = renderTemplate('account.verify_email', 'en', sampleVars('account.verify_email', 'en'));
    expect(en.text).toContain('Chongqing Industrial Design Title Evaluation Office');
    expect(en.text).toContain('24 hours');
    const custom = renderTemplate('account.verify_email', 'en', { ...sampleVars('account.verify_email', 'en'), officeName: 'R&D <Office>' });
    expect(custom.text).toContain('R&D <Office>');
    expect(custom.html).toContain('R&amp;D &lt;Office&gt;');
  });

  it('states the validity periods of account links', () => {
    expect(renderTemplate('account.invitation', 'en', sampleVars('account.invitation', 'en')).text).toContain('valid for 7 days');
    const reset = renderTemplate('account.password_reset', 'zh-CN', sampleVars('account.password_reset'));
    expect(reset.text).toContain('30分钟内有效');
    expect(reset.text).toContain('请忽略本邮件');
  });

  it('builds sample links from the catalogue link path', () => {
    const vars = sampleVars('application.submitted');
    expect(vars.actionUrl).toBe(`https://title.example.cn/applications/${vars.applicationId}`);
    expect(sampleVars('objection.acknowledged').actionUrl).toBeUndefined();
  });
});
