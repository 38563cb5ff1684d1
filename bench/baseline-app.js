/* global Buffer */
// Baseline for `get_application`: bare Fastify + pg. It verifies the same JWT the portal
// issues (HS256, same secret, issuer and audience; jsonwebtoken.verify, as passport-jwt does),
// re-reads the caller's account at most every 2 s (as the portal's UserDirectory does),
// and runs the SQL the portal sent for one GET /api/v1/applications/:id, captured from
// the portal's own query stream by the bench (BENCH_SQL_FILE). Both are plain parameterised
// queries (unnamed, parsed each time), as the portal's TypeORM reads are, so PostgreSQL does
// the same work for both sides and the ratio measures only what the portal adds.
'use strict';

const { createSecretKey } = require('crypto');
const fs = require('fs');
const jwt = require('jsonwebtoken');
const { bareFastify, listen, portalPool } = require('./lib/bare-server');

const sql = JSON.parse(fs.readFileSync(process.env.BENCH_SQL_FILE, 'utf8'));
const pool = portalPool();
const verifyOptions = { algorithms: ['HS256'], issuer: process.env.JWT_ISSUER, audience: process.env.JWT_AUDIENCE };
// The secret as a KeyObject, made once: given a string, jsonwebtoken 9 first tries to parse it
// as a PEM public key (createPublicKey, which throws) on every verify, then builds the key.
const secret = createSecretKey(Buffer.from(process.env.JWT_SECRET));

const cache = new Map();
async function user(id) {
  const hit = cache.get(id);
  if (hit && hit.expires > Date.now()) return hit.user;
  const { rows } = await pool.query(sql.user, [id]);
  const value = rows[0] ?? null;
  if (cache.size >= 10000) cache.clear();
  cache.set(id, { user: value, expires: Date.now() + 2000 });
  return value;
}

const fastify = bareFastify();
fastify.get('/api/v1/applications/:id', async (request, reply) => {
  const header = request.headers.authorization ?? '';
  let claims;
  try {
    claims = jwt.verify(header.replace(/^Bearer /, ''), secret, verifyOptions);
  } catch {
    return reply.code(401).send({ statusCode: 401, code: 'UNAUTHORIZED' });
  }
  const caller = await user(String(claims.sub));
  if (!caller || caller[sql.userStatusColumn] !== 'active' || caller[sql.userSessionVersionColumn] !== Number(claims.sv)) {
    return reply.code(401).send({ statusCode: 401, code: 'UNAUTHORIZED' });
  }
  const { rows } = await pool.query(sql.application, [request.params.id]);
  const application = rows[0];
  if (!application || application[sql.applicationOwnerColumn] !== caller[sql.userIdColumn]) return reply.code(404).send({ statusCode: 404, code: 'NOT_FOUND' });
  return application;
});

listen(fastify, pool);
