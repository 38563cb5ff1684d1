'use strict';

const { PASSWORD } = require('../lib/config');
const { log, round } = require('../lib/log');
const { cannon, describe } = require('../lib/measure');
const { probe } = require('../lib/processes');
const { target } = require('../lib/report');

const LOGIN_CONNECTIONS = 20;
const P99_MS = 50;

module.exports = {
  id: 'login_event_loop',
  target: target(`< ${P99_MS} ms`, ({ loop, r }) => loop.p99 < P99_MS && r.non2xx === 0),
  async run(ctx) {
    const { api, base, emails, opts } = ctx;
    log(`scenario login_event_loop: POST /api/v1/auth/login (argon2id), ${LOGIN_CONNECTIONS} connections, distinct accounts; event-loop delay inside the API`);
    const users = Math.min(opts.scale, 20000);
    let i = 0;
    const problems = [];
    const factory = () => [
      {
        method: 'POST',
        setupRequest: (req) => {
          req.method = 'POST';
          req.path = '/api/v1/auth/login';
          req.headers = { 'content-type': 'application/json' };
          req.body = JSON.stringify({ email: emails.user((i++ % users) + 1), password: PASSWORD });
          return req;
        },
        onResponse: (status, body) => {
          if (status !== 200 && problems.length < 5) problems.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ];
    await cannon('login warm-up', { url: base, connections: LOGIN_CONNECTIONS, duration: 3, requestsFactory: factory });
    await probe(api, 'reset');
    const r = await cannon('login', { url: base, connections: LOGIN_CONNECTIONS, duration: opts.duration, requestsFactory: factory });
    const loop = (await probe(api, 'report')).eventLoopDelayMs;
    log(`  portal: ${describe(r)}; event-loop delay p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms`);
    if (problems.length) log(`  first failures: ${problems.join(' | ')}`);
    ctx.record('login_event_loop', {
      metric: `event-loop delay p99 in the API while logging in (${round(r.rps, 1)} logins/s, ${LOGIN_CONNECTIONS} connections, ${r.non2xx} non-2xx)`,
      unit: 'ms',
      value: loop.p99,
      target: this.target,
      met: this.target.met({ loop, r }),
    });
  },
};
