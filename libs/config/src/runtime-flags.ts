/**
 * Node/V8 flags the API process is started with, by `npm start`, `npm run start:api` and
 * `npm run bench` alike (a unit test keeps package.json in step; see also API_PROCESS_ENV).
 *
 * Why: on a machine with plenty of memory V8 lets the old generation grow lazily, and under
 * 100 concurrent connections the API's resident set reached ~340 MB although its live heap
 * is a fraction of that. A bounded old generation keeps the peak near 230 MB; a larger young
 * generation (32 MB semi-spaces instead of 16) lets per-request garbage die young instead of
 * being promoted, which is what keeps the bound from costing throughput (measured with
 * `npm run bench`: same req/s on get_application and draft_save, peak RSS 338 -> 232 MB).
 * 256 MB of old space is several times the API's live data; raise it (here and in
 * package.json) if a deployment caches much more.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32', '--max-old-space-size=256'];

/**
 * Node/V8 flags the worker process is started with, by `npm start`, `npm run start:worker` and
 * `npm run bench` alike (a unit test keeps package.json in step).
 *
 * Why: V8 sizes its heap limit from the machine's memory (4 GB here) and grows the old
 * generation lazily, so a job that churns through a million rows leaves the resident set far
 * above what it holds: automatic assignment of 1,000,000 files peaked at 1,074 MB unbounded
 * and at 567-608 MB with this bound, 465 MB once a reviewer's digest kept only the references it
 * names (`npm run bench -- --scale 1000000`, bench/README.md). Every
 * job reads a page at a time (exports a batch, assignment 20,000 files), so 768 MB of old space
 * is several times the largest live set; raise it (here and in package.json) before raising a
 * page size.
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--max-old-space-size=768'];

/**
 * Environment the API process is started with, by the same three starters.
 *
 * MALLOC_MMAP_THRESHOLD_ (glibc): each argon2id hash allocates a 19 MiB buffer on a libuv
 * thread. By default glibc raises its mmap threshold after the first such buffer is freed,
 * so later ones come from per-thread arenas that keep the memory after the hash: the API's
 * resident set sat ~60 MB above its heap for good (peak 300-305 MB in full bench runs). A
 * fixed 1 MiB threshold serves every large buffer by mmap and gives it back on free: peak
 * RSS 270 -> 220 MB over the login scenario. The price is the page faults of a fresh
 * buffer per hash: ~22 % fewer logins/s on 2 cores (70 -> 55/s, still ~200,000 an hour).
 * Unset it (here and in package.json) to trade the memory back for login throughput.
 */
export const API_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '1048576' };

/** The shell form of API_PROCESS_ENV + API_NODE_FLAGS, as package.json's start:api spells it. */
export function apiStartCommand(script: string): string {
  const env = Object.entries(API_PROCESS_ENV).map(([k, v]) => `${k}=${v}`);
  return [...env, 'node', ...API_NODE_FLAGS, script].join(' ');
}

/** The shell form of WORKER_NODE_FLAGS, as package.json's start:worker spells it. */
export function workerStartCommand(script: string): string {
  return ['node', ...WORKER_NODE_FLAGS, script].join(' ');
}
