/* global URL */
// Environment shared by the portal's processes, the baselines and the scenarios.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const BENCH_DIR = path.join(ROOT, 'bench');
const RESULTS = path.join(BENCH_DIR, 'results');

const BASE_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/title_portal';
const BENCH_DB = process.env.BENCH_DATABASE || 'title_portal_bench';
if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(BENCH_DB)) throw new Error('BENCH_DATABASE must be a name containing "bench" (the bench drops and re-creates it)');
const DATABASE_URL = (() => {
  const u = new URL(BASE_DATABASE_URL);
  u.pathname = `/${BENCH_DB}`;
  return u.toString();
})();
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const QUEUE_PREFIX = `bench-${Date.now().toString(36)}-${process.pid}`;
const JWT = {
  secret: 'bench-only-jwt-secret-0123456789abcdef0123456789',
  issuer: 'design-title-portal',
  audience: 'design-title-portal-api',
};
const PII_KEY = 'f9e65728c14827c1f0cde71720f5c79f1121db6d128c55cc6f438e90aed70e14';
const PASSWORD = 'Bench-applicant-2026!';
const HOST_PROVINCE = '50';
const POOL_SIZE = 10;
const WORKER_CONCURRENCY = 10;
// Drafts the portal's draft saves and submissions work on; the drafts of their bare baselines
// (bench/baseline-tx.js) follow, numbered POOL + 1 .. POOL + BARE_POOL, which the portal never
// touches (a bare submission is faster, so its pool is larger).
const DRAFT_POOL = 300;
const BARE_DRAFT_POOL = 300;
const SUBMIT_POOL = 8000;
const BARE_SUBMIT_POOL = 16000;
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'title-portal-bench-'));

module.exports = {
  ROOT,
  DIST,
  BENCH_DIR,
  RESULTS,
  BENCH_DB,
  DATABASE_URL,
  REDIS_URL,
  QUEUE_PREFIX,
  JWT,
  PII_KEY,
  PASSWORD,
  HOST_PROVINCE,
  POOL_SIZE,
  WORKER_CONCURRENCY,
  DRAFT_POOL,
  BARE_DRAFT_POOL,
  SUBMIT_POOL,
  BARE_SUBMIT_POOL,
  WORK,
};
