/* global setTimeout, clearTimeout, fetch */
// The child processes of a run (API, worker, baselines): start, stop, wait until ready, and
// talk to bench/eventloop-probe.js over IPC.
'use strict';

const { spawn } = require('child_process');
const net = require('net');
const { ROOT } = require('./config');
const { log, sleep } = require('./log');

const children = new Set();

function spawnNode(name, args, env, { ipc = false } = {}) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  child.benchName = name;
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!child.stopping) log(`${name} exited unexpectedly (${signal ?? code}); last output:\n${child.output.slice(-3000)}`);
  });
  children.add(child);
  return child;
}

async function stop(child, timeoutMs = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.stopping = true;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

async function stopAll() {
  await Promise.all([...children].map((c) => stop(c)));
}

/** Interrupted (Ctrl+C, a closed terminal or pipe) or exiting: stop every process this run started. */
function killChildrenOnExit() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      for (const child of children) {
        child.stopping = true;
        child.kill('SIGKILL');
      }
      process.exit(130);
    });
  }
  process.stdout.on('error', () => undefined);
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 60000, child = null) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${child.benchName} exited before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

let probeSeq = 0;
function probe(child, command) {
  const id = ++probeSeq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`probe did not answer "${command}"`)), 10000);
    const onMessage = (message) => {
      if (message && message.benchProbeReport && message.benchProbeReport.id === id) {
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve(message.benchProbeReport);
      }
    };
    child.on('message', onMessage);
    child.send({ benchProbe: command, id });
  });
}

module.exports = { children, spawnNode, stop, stopAll, killChildrenOnExit, freePort, waitFor, probe };
