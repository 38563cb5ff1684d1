/* global Buffer */
// What the baselines share (the SQL ones, baseline-sql.js, baseline-app.js, baseline-tx.js, and
// baseline-health.js): a pg pool of the portal's size, bare Fastify, and the life lib/processes.js expects of a baseline process
// ('ready' once listening on PORT, exit when the parent goes, a clean close on SIGTERM).
'use strict';

const { Pool } = require('pg');

// A bound value as eventloop-probe.js captured it: a Buffer travels as { buffer: base64 }.
const revive = (v) => (v && typeof v === 'object' && !Array.isArray(v) && typeof v.buffer === 'string' ? Buffer.from(v.buffer, 'base64') : v);

/** A pg pool of the portal's size (DATABASE_URL, DATABASE_POOL_SIZE from lib/config.js). */
const portalPool = () => new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE || 10) });

/** Bare Fastify: no logging, nothing else registered. */
const bareFastify = () => require('fastify')({ logger: false });

/** Listen on 127.0.0.1:PORT and tell the parent; on SIGTERM close the server, then the pool (if any). */
function listen(fastify, pool = null) {
  fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).then(
    () => process.send?.('ready'),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
  process.on('disconnect', () => process.exit(1));
  process.on('SIGTERM', () => fastify.close().then(() => pool?.end()).then(() => process.exit(0)));
}

module.exports = { revive, portalPool, bareFastify, listen };
