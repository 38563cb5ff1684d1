'use strict';

const { log } = require('../lib/log');
const { stop } = require('../lib/processes');
const { target } = require('../lib/report');

const MIN_RATIO = 0.8;

module.exports = {
  id: 'health_live',
  target: target(`>= ${MIN_RATIO.toFixed(2)} x bare Fastify`, (m) => m.ratio >= MIN_RATIO && m.non2xx === 0),
  async run(ctx) {
    log('scenario health_live: GET /health/live, 100 connections');
    const bare = await ctx.startBaseline('bare fastify', 'baseline-health.js', {});
    const m = await ctx.measureAgainstBaseline(
      { label: 'bare Fastify', options: { url: `${bare.url}/health/live`, connections: 100 } },
      { label: 'portal', options: { url: `${ctx.base}/health/live`, connections: 100 } },
    );
    await stop(bare.child);
    ctx.record('health_live', {
      metric: `req/s, GET /health/live, 100 connections (median of ${ctx.opts.rounds} alternating rounds)`,
      unit: 'req/s',
      value: m.portal.rps,
      baseline: m.baseline.rps,
      ratio: m.ratio,
      target: this.target,
      met: this.target.met(m),
      rounds: m.rounds,
    });
  },
};
