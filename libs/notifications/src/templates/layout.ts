import { escapeHtml } from './interpolate';
import type { TemplateLocale } from './labels';

/** Per-locale wording of the parts every e-mail shares. */
export interface LayoutStrings {
  /** To a verified address: by the name the account (or the confirmed objector) gave. */
  readonly greeting: string;
  /**
   * To an address nobody has proved they read (a registration, an invitation, an objector
   * before confirming): no name, because whoever typed the address typed the name too, and
   * the portal's official mail must not carry a stranger's words to any inbox.
   */
  readonly neutralGreeting: string;
  readonly linkFallback: string;
  readonly autoNotice: string;
  readonly defaultOfficeName: string;
  /** Between a label and its value in the text variant ("：" vs ": "). */
  readonly colon: string;
}

export const LAYOUT: Readonly<Record<TemplateLocale, LayoutStrings>> = {
  'zh-CN': {
    greeting: '尊敬的{{recipientName}}：',
    neutralGreeting: '您好：',
    linkFallback: '如果按钮无法打开，请将以下链接复制到浏览器地址栏中访问：',
    autoNotice: '本邮件由系统自动发送，请勿直接回复。',
    defaultOfficeName: '重庆市工业设计专业职称评审办公室',
    colon: '：',
  },
  en: {
    greeting: 'Dear {{recipientName}},',
    neutralGreeting: 'Hello,',
    linkFallback: 'If the button does not work, copy this link into your browser:',
    autoNotice: 'This message was sent automatically; please do not reply to it.',
    defaultOfficeName: 'Chongqing Industrial Design Title Evaluation Office',
    colon: ': ',
  },
};

/** The e-mail's parts, already interpolated. */
export interface EmailParts {
  readonly locale: TemplateLocale;
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  readonly action?: { readonly label: string; readonly url: string };
  readonly officeName: string;
}

export function layoutText(parts: EmailParts): string {
  const strings = LAYOUT[parts.locale];
  const blocks = [parts.greeting, ...parts.paragraphs];
  // A bare URL on its own line: mail clients linkify it, and nothing wraps it.
  if (parts.action) blocks.push(`${parts.action.label}${strings.colon.trimEnd()}\n${parts.action.url}`);
  // "-- " is the standard signature delimiter (RFC 3676); clients fold what follows.
  blocks.push(`-- \n${parts.officeName}\n${strings.autoNotice}`);
  return blocks.join('\n\n') + '\n';
}

const FONT = "'PingFang SC','Microsoft YaHei','Helvetica Neue',Arial,sans-serif";
const BRAND = '#1d4e89';

/**
 * Every field of `parts` must already be HTML-escaped (render-template.ts does
 * it); this function only concatenates them with the layout's own constants. Table layout and inline styles because
 * that is what mail clients (Outlook, Foxmail, the QQ/163 web mailers) render
 * reliably.
 */
export function layoutHtml(parts: EmailParts): string {
  const strings = LAYOUT[parts.locale];
  const p = (html: string) => `<p style="margin:0 0 16px 0;">${html}</p>`;
  const action = parts.action
    ? [
        `<p style="margin:24px 0;"><a href="${parts.action.url}" target="_blank" rel="noopener" ` +
          `style="display:inline-block;padding:10px 24px;background:${BRAND};color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;">` +
          `${parts.action.label}</a></p>`,
        `<p style="margin:0 0 16px 0;font-size:13px;color:#616e7c;">${escapeHtml(strings.linkFallback)}<br>` +
          `<a href="${parts.action.url}" target="_blank" rel="noopener" style="color:${BRAND};word-break:break-all;">${parts.action.url}</a></p>`,
      ].join('\n')
    : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${parts.locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${parts.subject}</title></head>`,
    '<body style="margin:0;padding:0;background:#f4f5f7;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;"><tr><td align="center" style="padding:24px 12px;">',
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:6px;font-family:${FONT};font-size:15px;line-height:1.7;color:#1f2933;">`,
    `<tr><td style="padding:20px 32px;border-bottom:3px solid ${BRAND};font-size:16px;font-weight:bold;color:${BRAND};">${parts.officeName}</td></tr>`,
    '<tr><td style="padding:24px 32px;">',
    p(parts.greeting),
    ...parts.paragraphs.map(p),
    action,
    '</td></tr>',
    `<tr><td style="padding:16px 32px;border-top:1px solid #e4e7eb;font-size:12px;color:#7b8794;">${parts.officeName}<br>${escapeHtml(strings.autoNotice)}</td></tr>`,
    '</table>',
    '</td></tr></table>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
