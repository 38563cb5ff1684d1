/**
 * Node/V8 flags the API process is started with, by `npm start`, `npm run start:api` and
 * `npm run bench` alike (a unit test keeps package.json in step).
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
