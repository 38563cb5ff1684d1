import { SMTPServer, SMTPServerSession } from 'smtp-server';
import { simpleParser, ParsedMail } from 'mailparser';
import { AddressInfo } from 'net';

export interface ReceivedMail {
  /** The To header's first address. */
  to: string;
  /** The SMTP envelope (MAIL FROM, RCPT TO), which is where the message was actually sent. */
  envelope: { from: string; to: string[] };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  raw: ParsedMail;
}

/** Decide how the server answers a RCPT TO: undefined accepts, an object rejects with that code. */
export type RecipientPolicy = (address: string) => { code: number; message: string } | undefined;

/**
 * A real SMTP server on a random local port, for end-to-end tests: the portal's
 * nodemailer talks SMTP to it exactly as it would to a production relay.
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  policy: RecipientPolicy = () => undefined;
  /**
   * While set, the reply to the end of DATA waits for this promise. The message is then
   * received in full and recorded in `messages` (the server has accepted it), but its
   * sender has not been told and so cannot have recorded the send: holding here puts a
   * sender inside the window between the server's acceptance and the sender's commit,
   * where a crash test kills it. `heldMessages` are the accepted messages still waiting.
   */
  holdAccepted: Promise<void> | null = null;
  readonly heldMessages: ReceivedMail[] = [];
  /**
   * While true, every message is answered 451 at the end of DATA and not recorded, so
   * `messages` stops changing (a crash test reads it as the server's state at the crash).
   */
  refuseAll = false;
  private server!: SMTPServer;
  port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session: SMTPServerSession, callback) => {
        const rejection = this.policy(address.address);
        if (!rejection) return callback();
        const error = new Error(rejection.message) as Error & { responseCode: number };
        error.responseCode = rejection.code;
        return callback(error);
      },
      onData: (stream, session, callback) => {
        const { mailFrom, rcptTo } = session.envelope;
        const envelope = { from: mailFrom ? mailFrom.address : '', to: rcptTo.map((r) => r.address) };
        simpleParser(stream)
          .then((mail) => {
            if (this.refuseAll) {
              const refused = new Error('Not accepting mail right now') as Error & { responseCode: number };
              refused.responseCode = 451;
              return callback(refused);
            }
            const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
            const received: ReceivedMail = {
              to: to?.value[0]?.address ?? '',
              envelope,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              messageId: mail.messageId ?? '',
              raw: mail,
            };
            this.messages.push(received);
            const hold = this.holdAccepted;
            if (!hold) return callback();
            this.heldMessages.push(received);
            void hold.then(() => {
              this.heldMessages.splice(this.heldMessages.indexOf(received), 1);
              callback();
            });
          })
          .catch(callback);
      },
    });
    // A client killed mid-session (the worker-crash tests SIGKILL it while the sink holds a
    // reply) resets its connection; smtp-server reports that as an 'error' event, which with
    // no listener would be thrown outside any test.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.toLowerCase() === address.toLowerCase());
  }

  /** Wait until `count` messages to `address` (matching `subject` if given) have arrived. */
  async waitFor(address: string, count = 1, timeoutMs = 15000, filter: (m: ReceivedMail) => boolean = () => true): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.to(address).filter(filter);
      if (found.length >= count) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`Expected ${count} message(s) to ${address}, got ${this.to(address).filter(filter).length}`);
  }

  /** Wait until each of `addresses` has received at least one message; the error names those that never did. */
  async waitForEach(addresses: string[], timeoutMs = 20000): Promise<void> {
    if (!addresses.length) throw new Error('waitForEach: no addresses to wait for');
    const deadline = Date.now() + timeoutMs;
    const missing = () => addresses.filter((a) => this.to(a).length === 0);
    while (missing().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const left = missing();
    if (left.length) throw new Error(`${left.length} of ${addresses.length} never arrived within ${timeoutMs} ms: ${left.slice(0, 10).join(', ')}`);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The token of the link in a message (…?token=XYZ). */
export function tokenFrom(mail: ReceivedMail): string {
  const match = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No token link in message "${mail.subject}"`);
  return match[1];
}
