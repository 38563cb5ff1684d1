/* global fetch */
'use strict';

const fs = require('fs');
const path = require('path');
const { DATABASE_URL, JWT, POOL_SIZE, WORK } = require('../lib/config');
const { log } = require('../lib/log');
const { stop, probe } = require('../lib/processes');
const { target } = require('../lib/report');

const MIN_RATIO = 0.6;

module.exports = {
  id: 'get_application',
  target: target(`>= ${MIN_RATIO.toFixed(2)} x bare Fastify+pg`, (m) => m.ratio >= MIN_RATIO && m.non2xx === 0),
  async run(ctx) {
    const { api, base, ids, token } = ctx;
    log('scenario get_application: authenticated GET /api/v1/applications/:id (own file), 100 connections');
    // 1,000 applicants each reading their own file: the 2 s account cache sees realistic misses.
    const pairs = Array.from({ length: 1000 }, (_, i) => ({ app: ids.application(i + 1), auth: `Bearer ${token(ids.user(i + 1))}` }));
    // Capture the SQL one request sends (a user the directory has not cached yet).
    await probe(api, 'capture-start');
    const first = await fetch(`${base}/api/v1/applications/${pairs[0].app}`, { headers: { authorization: pairs[0].auth } });
    const captured = (await probe(api, 'capture-stop')).sql ?? [];
    if (first.status !== 200) throw new Error(`GET application answered ${first.status}: ${await first.text()}`);
    const appSql = captured.find((q) => /FROM "?applications"?\b/.test(q.text));
    const userSql = captured.find((q) => /FROM "?users"?\b/.test(q.text));
    if (!appSql || !userSql) throw new Error(`could not capture the portal's SQL: ${JSON.stringify(captured)}`);
    // The result column a selected table column comes back under: its AS name, else its own name.
    const alias = (text, table, column) => {
      const m = new RegExp(`"?${table}"?\\."?${column}"?(?:\\s+AS\\s+"([^"]+)")?`).exec(text);
      if (!m) throw new Error(`no ${table}.${column} in ${text}`);
      return m[1] ?? column;
    };
    const tableAlias = (text, table) => new RegExp(`FROM "?${table}"? "?([A-Za-z_][A-Za-z0-9_]*)"?`).exec(text)[1];
    const userTable = tableAlias(userSql.text, 'users');
    const appTable = tableAlias(appSql.text, 'applications');
    const sqlFile = path.join(WORK, 'get-application.sql.json');
    fs.writeFileSync(
      sqlFile,
      JSON.stringify({
        application: appSql.text,
        user: userSql.text,
        userIdColumn: alias(userSql.text, userTable, 'id'),
        userStatusColumn: alias(userSql.text, userTable, 'status'),
        userSessionVersionColumn: alias(userSql.text, userTable, 'session_version'),
        applicationOwnerColumn: alias(appSql.text, appTable, 'applicant_id'),
      }),
    );
    log(`  captured ${captured.length} statements for one GET; the baseline runs: ${captured.map((q) => q.text.replace(/\s+/g, ' ').slice(0, 60) + '…').join(' | ')}`);
    const factory = () => {
      let i = 0;
      return [
        {
          method: 'GET',
          setupRequest: (req) => {
            const pair = pairs[i++ % pairs.length];
            req.path = `/api/v1/applications/${pair.app}`;
            req.headers = { authorization: pair.auth };
            return req;
          },
        },
      ];
    };
    const bare = await ctx.startBaseline('bare fastify+pg', 'baseline-app.js', {
      BENCH_SQL_FILE: sqlFile,
      DATABASE_URL,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      JWT_SECRET: JWT.secret,
      JWT_ISSUER: JWT.issuer,
      JWT_AUDIENCE: JWT.audience,
    });
    const m = await ctx.measureAgainstBaseline(
      { label: 'bare Fastify+pg', options: { url: bare.url, connections: 100, requestsFactory: factory } },
      { label: 'portal', options: { url: base, connections: 100, requestsFactory: factory } },
    );
    await stop(bare.child);
    ctx.record('get_application', {
      metric: `req/s, authenticated GET /api/v1/applications/:id (1,000 applicants, own file), 100 connections (median of ${ctx.opts.rounds} alternating rounds)`,
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
