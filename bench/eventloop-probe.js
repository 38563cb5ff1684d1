// Preloaded into the API and worker processes by the bench (`node --require bench/eventloop-probe.js
// dist/apps/api/src/main.js`); the application code is not touched. It measures, from
// inside the process:
//   - the event-loop delay (perf_hooks.monitorEventLoopDelay), per bench phase;
//   - the resident set size (current and peak);
//   - on request, the SQL text the portal sends to PostgreSQL (a driver-level query log),
//     so the bare Fastify + pg baseline can run exactly the same statements;
//   - the live heap: the old generation in use after each full (mark-compact) collection V8
//     ran by itself, and on request ('gc') after one forced now. The resident set alone cannot tell
//     memory that grows with the work from garbage V8 has not collected or returned yet.
// The bench drives it over IPC: { benchProbe: 'report' | 'reset' | 'gc' | 'capture-start' | 'capture-stop' | 'exit' }.
/* global Buffer, setTimeout */
'use strict';

const fs = require('fs');
const v8 = require('v8');
const vm = require('vm');
const { constants: perfConstants, monitorEventLoopDelay, PerformanceObserver } = require('perf_hooks');

// Commands arrive over the IPC channel the bench opens when it spawns the API (a signal
// would not do: Nest's enableShutdownHooks() stops the process on SIGUSR2).
if (typeof process.send === 'function') {
  // Each sample is the time between two ticks of a RESOLUTION_MS timer, so an idle loop reads
  // about RESOLUTION_MS; the report subtracts it (the delay is what comes on top).
  const RESOLUTION_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();

  // The query hook is installed only between capture-start and capture-stop, so the
  // measured scenarios run the driver untouched.
  const captured = new Map();
  // Every call in order with its bound values (the bare baselines replay them, see lib/capture.js).
  const calls = [];
  let completed = 0;
  const settle = () => {
    completed++;
  };
  let pgClient = null;
  let originalQuery = null;
  const startCapture = () => {
    captured.clear();
    calls.length = 0;
    completed = 0;
    // Resolve pg exactly as TypeORM does (from the project root), so this is the same module.
    pgClient = require(require.resolve('pg', { paths: [process.cwd()] })).Client;
    originalQuery = pgClient.prototype.query;
    const original = originalQuery;
    pgClient.prototype.query = function benchCapturedQuery(config, ...rest) {
      const text = typeof config === 'string' ? config : config && config.text;
      if (typeof text === 'string') {
        captured.set(text, (captured.get(text) || 0) + 1);
        const values = typeof config === 'string' ? rest[0] : config.values;
        // wave: how many captured calls had completed when this one was sent; calls of one wave
        // were sent without waiting for each other (Promise.all), so a replay may run them side by side.
        if (calls.length < 10000) calls.push({ text, values: Array.isArray(values) ? values.map(plain) : [], wave: completed });
        const cb = rest.findIndex((a) => typeof a === 'function');
        if (cb >= 0) {
          const callback = rest[cb];
          rest[cb] = (...a) => (settle(), callback(...a));
        }
        const result = original.call(this, config, ...rest);
        if (cb < 0 && result && typeof result.then === 'function') result.then(settle, settle);
        return result;
      }
      return original.call(this, config, ...rest);
    };
  };
  // A bound value as it can travel over IPC and be bound again: what pg would send for it.
  const plain = (v) => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    if (Buffer.isBuffer(v)) return { buffer: v.toString('base64') };
    if (Array.isArray(v)) return v.map(plain);
    if (typeof v === 'object') return JSON.stringify(v);
    return v;
  };
  const stopCapture = () => {
    if (pgClient && originalQuery) pgClient.prototype.query = originalQuery;
    pgClient = null;
    originalQuery = null;
  };

  // A capture starts once no pool connection has been checked out for QUIET_MS: a request the
  // previous scenario left in flight (an aborted login finishing its argon2 and its transaction)
  // would otherwise land in the capture and in the bare baseline's replay. The pools are recorded
  // as TypeORM makes them, so the measured requests pay nothing for this.
  const QUIET_MS = 1000;
  const QUIET_LIMIT_MS = 8000;
  const pools = [];
  try {
    const pg = require(require.resolve('pg', { paths: [process.cwd()] }));
    const Pool = pg.Pool;
    pg.Pool = class RecordedPool extends Pool {
      constructor(...args) {
        super(...args);
        pools.push(this);
      }
    };
  } catch {
    // no pg in this process: nothing to wait for
  }
  const poolsBusy = () => pools.some((p) => p.totalCount - p.idleCount > 0 || p.waitingCount > 0);
  const untilQuiet = async () => {
    const started = Date.now();
    let quietSince = Date.now();
    while (Date.now() - quietSince < QUIET_MS && Date.now() - started < QUIET_LIMIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (poolsBusy()) quietSince = Date.now();
    }
    return Date.now() - quietSince >= QUIET_MS;
  };

  // The old generation in use (the heap without the young generation, whose objects are new
  // since the last collection whatever happens to them): just after a full collection, what
  // outlived it, i.e. what was live then.
  const oldGenerationUsed = () => {
    let used = 0;
    for (const space of v8.getHeapSpaceStatistics()) if (space.space_name !== 'new_space' && space.space_name !== 'new_large_object_space') used += space.space_used_size;
    return used;
  };
  // The old generation after each full collection V8 chose to run (read in the observer's
  // callback, shortly after it: objects promoted since may be counted). Kept until the next
  // 'gc' command, which returns them.
  const afterFullGc = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail && entry.detail.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR && afterFullGc.length < 10000) afterFullGc.push(oldGenerationUsed());
    }
  }).observe({ entryTypes: ['gc'] });
  // A forced full collection without starting the process with --expose-gc (which the portal's
  // processes are not): the flag set now exposes gc() to a new context only, never to the portal's code.
  let forceGc = null;
  const collect = () => {
    if (!forceGc) {
      v8.setFlagsFromString('--expose-gc');
      forceGc = vm.runInNewContext('gc');
    }
    forceGc();
  };

  const ms = (ns) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 100) / 100);
  const peakRss = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      return match ? Number(match[1]) * 1024 : null;
    } catch {
      return null;
    }
  };

  process.on('message', async (message) => {
    if (!message || message.benchProbe === undefined) return;
    const command = message.benchProbe;
    const quiet = command === 'capture-start' ? await untilQuiet() : undefined;
    // 'gc': a full collection first, so that the report's memory is what is live.
    let fullGcOldGeneration;
    let liveOldGeneration;
    if (command === 'gc') {
      fullGcOldGeneration = afterFullGc.splice(0);
      collect();
      liveOldGeneration = oldGenerationUsed();
    }
    const report = {
      quiet,
      id: message.id,
      command,
      eventLoopDelayMs: {
        min: ms(histogram.min),
        mean: ms(histogram.mean),
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
        samples: histogram.count,
      },
      rss: process.memoryUsage().rss,
      memory: process.memoryUsage(),
      peakRss: peakRss(),
      // 'gc': the old generation in use after each full collection V8 ran by itself since the
      // last 'gc', and after the one forced now (bytes).
      fullGcOldGeneration,
      liveOldGeneration,
      sql: command === 'capture-stop' ? [...captured].map(([text, count]) => ({ text, count })) : undefined,
      calls: command === 'capture-stop' ? [...calls] : undefined,
    };
    if (command === 'reset') histogram.reset();
    if (command === 'capture-start') startCapture();
    if (command === 'capture-stop') stopCapture();
    // 'exit' ends the process normally, so that --cpu-prof writes its profile (a signal would not).
    if (command === 'exit') process.send({ benchProbeReport: report }, () => process.exit(0));
    else process.send({ benchProbeReport: report });
  });
  // The channel must not keep the process alive on its own, but when the bench goes away
  // (killed, or its terminal closed) its processes go with it, never left running orphaned.
  if (process.channel && typeof process.channel.unref === 'function') process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}
