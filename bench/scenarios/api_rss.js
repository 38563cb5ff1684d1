'use strict';

const { log, round } = require('../lib/log');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');

const MAX_MB = 300;

// The API's peak over every scenario before it: it runs last.
module.exports = {
  id: 'api_rss',
  target: target(`< ${MAX_MB} MB`, (mb) => mb < MAX_MB),
  async run(ctx) {
    const report = await probe(ctx.api, 'report');
    const mb = report.peakRss / (1024 * 1024);
    const m = report.memory;
    const inMb = (bytes) => round(bytes / (1024 * 1024), 1);
    log(`API peak RSS ${round(mb, 1)} MB (now ${inMb(report.rss)} MB: V8 heap ${inMb(m.heapTotal)} MB of which used ${inMb(m.heapUsed)}, external ${inMb(m.external)}, array buffers ${inMb(m.arrayBuffers)})`);
    ctx.record('api_rss', { metric: 'API peak RSS across all scenarios (VmHWM)', unit: 'MB', value: mb, target: this.target, met: this.target.met(mb) });
  },
};
