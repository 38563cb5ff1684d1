import { Logger } from '@nestjs/common';
import * as fs from 'fs/promises';
import { AddressObject, simpleParser } from 'mailparser';
import * as os from 'os';
import * as path from 'path';
import type { AppConfig } from '@app/config';
import { MailTransport } from './mail-transport';

// Without SMTP_URL every message becomes an .eml file under MAIL_DIR (the local set-up the
// README describes). Over SMTP the same composed message is sent; test/notifications covers that.
describe('MailTransport without SMTP_URL', () => {
  let dir: string;
  let transport: MailTransport;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tp-mail-'));
    const config = { SMTP_URL: '', MAIL_DIR: dir, MAIL_FROM: 'Design Title Portal <no-reply@title-portal.local>', WORKER_CONCURRENCY: 2 };
    transport = new MailTransport(config as unknown as AppConfig);
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });

  afterEach(async () => {
    transport.onModuleDestroy();
    jest.restoreAllMocks();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes the whole message, both parts and every header, as one .eml file with Unix newlines', async () => {
    await transport.send({
      to: 'wang@example.org',
      toName: '王小明',
      subject: '申报材料已受理',
      html: '<p>您的申报材料已受理。</p>',
      text: '您的申报材料已受理。',
      messageId: '<42.0123456789abcdef@title-portal>',
    });

    const files = await fs.readdir(dir);
    expect(files).toEqual([expect.stringMatching(/-_42\.0123456789abcdef_title-portal_\.eml$/)]);
    const raw = await fs.readFile(path.join(dir, files[0]));
    expect(raw.includes('\r\n')).toBe(false);
    const mail = await simpleParser(raw);
    expect(mail.from?.value).toEqual([{ name: 'Design Title Portal', address: 'no-reply@title-portal.local' }]);
    expect((mail.to as AddressObject).value).toEqual([{ name: '王小明', address: 'wang@example.org' }]);
    expect(mail.subject).toBe('申报材料已受理');
    expect(mail.messageId).toBe('<42.0123456789abcdef@title-portal>');
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.text?.trim()).toBe('您的申报材料已受理。');
    expect(mail.html).toContain('<p>您的申报材料已受理。</p>');
  });

  it('addresses a recipient without a name by address alone', async () => {
    await transport.send({ to: 'li@example.org', subject: 'Accepted', html: '<p>Accepted</p>', text: 'Accepted', messageId: '<7.abc@title-portal>' });

    const [file] = await fs.readdir(dir);
    const mail = await simpleParser(await fs.readFile(path.join(dir, file)));
    expect((mail.to as AddressObject).value).toEqual([{ name: '', address: 'li@example.org' }]);
  });
});
