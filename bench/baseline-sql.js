// Baseline for the read scenarios (`stats`, `search_text`): their SQL run bare. Bare Fastify + a
// pg pool of the portal's size; GET /r/:i runs, on the pool, the statements the
// portal sent for request i (text and bound values as the API's driver sent them, captured by
// bench/eventloop-probe.js during one request each; BENCH_SQL_FILE: { requests: [[{ text, values }]] })
// and answers the last statement's rows as JSON. No authentication, no DTOs, no logging: what is
// left is PostgreSQL's work and the driver's, at the same concurrency (autocannon's connections).
'use strict';

const fs = require('fs');
const { bareFastify, listen, portalPool, revive } = require('./lib/bare-server');

const { requests } = JSON.parse(fs.readFileSync(process.env.BENCH_SQL_FILE, 'utf8'));
const calls = requests.map((list) => list.map((c) => ({ text: c.text, values: c.values.map(revive) })));
const pool = portalPool();

const fastify = bareFastify();
fastify.get('/r/:i', async (request, reply) => {
  const list = calls[Number(request.params.i)];
  if (!list) return reply.code(404).send({ statusCode: 404 });
  // In the portal's order; calls it sent side by side (one wave, see eventloop-probe.js) run side
  // by side here too, each on its own pooled connection, as the portal's Promise.all does.
  let rows = [];
  for (let i = 0; i < list.length; ) {
    let j = i + 1;
    while (j < list.length && list[j].wave === list[i].wave) j++;
    const results = await Promise.all(list.slice(i, j).map((c) => pool.query(c.text, c.values)));
    rows = results[results.length - 1].rows;
    i = j;
  }
  return rows;
});

listen(fastify, pool);
