// The local SMTP sink of the notifications scenario: a real SMTP server (smtp-server, as
// libs/testing's SmtpSink) that only counts messages and their Message-IDs, without
// parsing bodies, so the sink costs the 2-core machine as little as possible.
'use strict';

const { SMTPServer } = require('smtp-server');

class CountingSmtpSink {
  constructor() {
    this.received = 0;
    this.messageIds = new Map();
    this.port = 0;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages whose Message-ID was seen more than once. */
  get duplicates() {
    let n = 0;
    for (const count of this.messageIds.values()) if (count > 1) n += count - 1;
    return n;
  }

  async start() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      // A relay would not spend the sender's time on a reverse DNS lookup of 127.0.0.1 either.
      disableReverseLookup: true,
      logger: false,
      onData: (stream, _session, callback) => {
        let head = '';
        let headerDone = false;
        stream.on('data', (chunk) => {
          if (headerDone) return;
          head += chunk.toString('latin1');
          if (head.includes('\r\n\r\n') || head.length > 65536) headerDone = true;
        });
        stream.on('end', () => {
          const match = /^message-id:\s*(<[^>]+>)/im.exec(head);
          const id = match ? match[1] : `(none ${this.received})`;
          this.messageIds.set(id, (this.messageIds.get(id) || 0) + 1);
          this.received++;
          callback();
        });
      },
    });
    // A client that goes away mid-connection (a worker killed or out of memory) is the run's
    // news, said by the scenario that loses its messages: not a crash of the whole bench.
    this.server.on('error', (error) => {
      if (error.code !== 'ECONNRESET') console.error(`smtp sink: ${error.message}`);
    });
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = this.server.server.address().port;
    return this;
  }

  reset() {
    this.received = 0;
    this.messageIds.clear();
  }

  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }
}

module.exports = { CountingSmtpSink };
