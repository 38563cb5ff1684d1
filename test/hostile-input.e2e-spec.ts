import { randomUUID } from 'crypto';
import * as fs from 'fs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { sampleFormData } from '@app/applications';
import { ApiClient, ConfigOverrides, makeApplicant, makeCommitteeMembers, makeOpenCycle, makeUser, TestUser, tinyPdf, usePortal } from '@app/testing';

/**
 * Issue 13, item 7: hostile input answers 4xx, never 500.
 *
 * The sweep reads the running app's OpenAPI document (/docs-json) and walks EVERY operation in
 * it, so a route added later is swept without editing this file. For each operation it sends,
 * as an admin and as an applicant:
 *   - the documented example body (built from the document's examples, enums and types);
 *   - each path parameter replaced by hostile values (NUL, invalid UTF-8, overlong, not a UUID);
 *   - each query parameter set to hostile values (NUL, overlong, far dates, huge numbers, repeated
 *     parameters, and bogus cursors: valid base64url of the wrong JSON);
 *   - each body property (top level) replaced by hostile values: NUL, lone UTF-16 surrogates,
 *     null, wrong types, huge numbers, far dates, overlong strings, objects with hostile keys
 *     and values (so nested data such as draft form data is hit too);
 *   - whole bodies that are not objects, and an extra property whose key holds NUL;
 *   - for multipart operations, hand-built bodies with hostile field names, values and file names.
 *
 * Asserted for every request: no 5xx. For every refused request (4xx): no row of any table of
 * this file's own database was inserted, updated or deleted, and no evidence file was left.
 * The requests are sequential and no worker runs, so the state read after one request is the
 * state before the next; no table is excluded, because no refusal here legitimately writes one
 * (failed logins are counted in Redis, refused requests are not audited). Per table the state is
 * its row count and the newest row version's transaction id (max xmin): an INSERT or DELETE
 * changes the count, an UPDATE writes a row version whose xmin is newer than every earlier one.
 * And a request carrying NUL or a lone surrogate in a JSON string or key, or NUL in a query
 * value, is a 400 (the text check runs before any guard, so even on admin-only routes).
 * A few focused cases first spell out the answers (codes and field paths) the sweep relies on.
 *
 * Set HOSTILE_TRACE=1 to print every request's answer.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  nullable?: boolean;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One request of the sweep. `path` and `query` are already percent-encoded. */
interface Probe {
  label: string;
  method: string;
  path: string;
  query?: string;
  body?: { json: string } | { multipart: Buffer; boundary: string };
  /** The request carries NUL or a lone surrogate in a string the API parses: it must be a 400. */
  mustBe400?: boolean;
}

/** Replaced by a fresh value in each request (see probesOf). */
const UNIQUE = '__UNIQUE__';
/** Replaced by the sweep's draft's current version in each request (see probesOf). */
const CURRENT_VERSION = 987_654_321;
const NUL = 'a\u0000b';
const HIGH_SURROGATE = '\ud800';
const LOW_SURROGATE = 'x\udc00y';
const OVERLONG = 'x'.repeat(20_000);
const FAR_DATES = ['-005000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1800-01-01'];
const b64 = (text: string) => Buffer.from(text).toString('base64url');
const BOGUS_CURSORS = [
  b64('["x","y"]'),
  b64('[1e308,-1]'),
  b64('[null,null]'),
  b64('["2026-01-01T00:00:00.000Z","not-a-uuid"]'),
  b64(`["-005000-01-01T00:00:00Z","${randomUUID()}"]`),
  b64('["2026-01-01T00:00:00.000Z"]'),
  b64('{"a":1}'),
  b64('"x"'),
  b64('["a\\u0000b","\\ud800"]'),
  'not base64 !!',
  '%00',
];

/** Hostile JSON values for one body property (whatever its documented type). */
function hostileValues(): { label: string; value: Json; mustBe400?: boolean }[] {
  return [
    { label: 'NUL', value: NUL, mustBe400: true },
    { label: 'high surrogate', value: HIGH_SURROGATE, mustBe400: true },
    { label: 'low surrogate', value: LOW_SURROGATE, mustBe400: true },
    { label: 'null', value: null },
    { label: 'number', value: 12345 },
    { label: 'true', value: true },
    { label: 'empty object', value: {} },
    { label: 'array', value: ['a', 1] },
    { label: '1e308', value: 1e308 },
    { label: '-1e308', value: -1e308 },
    { label: '2^53+1', value: 2 ** 53 + 1 },
    { label: '-1', value: -1 },
    { label: 'fraction', value: 0.5 },
    ...FAR_DATES.map((d) => ({ label: `date ${d}`, value: d })),
    { label: 'overlong', value: OVERLONG },
    { label: 'empty string', value: '' },
    { label: 'not a uuid', value: '00000000-0000-0000-0000-00000000000g' },
    { label: 'object with NUL value', value: { intermediate: NUL, a: { b: [NUL] } }, mustBe400: true },
    { label: 'object with NUL key', value: { 'k\u0000': 1 }, mustBe400: true },
    { label: 'object with surrogate key', value: { [HIGH_SURROGATE]: 'v' }, mustBe400: true },
    { label: 'object with surrogate value', value: { identity: { fullName: HIGH_SURROGATE }, intermediate: LOW_SURROGATE }, mustBe400: true },
    { label: 'array of NUL', value: [NUL], mustBe400: true },
    { label: 'object of huge numbers', value: { maxFileBytes: 1e308, intermediate: 2 ** 64, a: -1e308 } },
    { label: 'deep object', value: deepObject(200) },
  ];
}

function deepObject(depth: number): Json {
  let value: Json = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Hostile query values, already percent-encoded. `%ED%A0%80` is U+D800 encoded as (invalid) UTF-8. */
const HOSTILE_QUERY: { label: string; raw: string; mustBe400?: boolean }[] = [
  { label: 'NUL', raw: 'a%00b', mustBe400: true },
  { label: 'surrogate bytes', raw: '%ED%A0%80' },
  { label: 'broken escape', raw: '%E0%A4%A' },
  { label: 'overlong', raw: 'x'.repeat(5000) },
  { label: 'empty', raw: '' },
  { label: '1e308', raw: '1e308' },
  { label: '-1', raw: '-1' },
  { label: 'NaN', raw: 'NaN' },
  { label: 'huge integer', raw: '99999999999999999999999' },
  ...FAR_DATES.map((d) => ({ label: `date ${d}`, raw: encodeURIComponent(d) })),
  { label: 'not a uuid', raw: '00000000-0000-0000-0000-00000000000g' },
];

const HOSTILE_PATH: { label: string; raw: string }[] = [
  { label: 'NUL', raw: 'a%00b' },
  { label: 'surrogate bytes', raw: '%ED%A0%80' },
  { label: 'overlong', raw: 'x'.repeat(3000) },
  { label: 'not a uuid', raw: '00000000-0000-0000-0000-00000000000g' },
  { label: 'random uuid', raw: randomUUID() },
  { label: 'dot-dot', raw: '..%2F..%2Fetc' },
];

/**
 * Swept late, in this order: operations whose documented example ends the known application's
 * editable life (so the others still reach its services), then those that could end the sweep's
 * own sessions. Their refusals are checked like any other.
 */
const SWEPT_LATE = [[/\/withdraw$/, /^delete /], [/\/auth\/logout$/, /\/me\/password$/]];
const sweepOrder = (method: string, route: string) => 1 + SWEPT_LATE.findIndex((group) => group.some((r) => r.test(`${method} ${route}`) || r.test(route)));

describe('hostile input answers 4xx, never 5xx (e2e, every OpenAPI operation)', () => {
  // Rate limits (per address, per IP) would answer most auth probes with 429 before their
  // bodies are validated; raised here so the sweep reaches validation and the services.
  const unlimited = '1000000';
  const portal = usePortal({
    env: {
      RATE_LIMIT_MAIL_PER_ADDRESS: unlimited,
      RATE_LIMIT_MAIL_PER_IP: unlimited,
      RATE_LIMIT_PASSWORD_PER_ACCOUNT: unlimited,
      RATE_LIMIT_PASSWORD_PER_IP: unlimited,
      RATE_LIMIT_TOKEN_PER_IP: unlimited,
      RATE_LIMIT_SESSION_PER_IP: unlimited,
      RATE_LIMIT_PUBLIC_PER_IP: unlimited,
    },
  });
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let db: DataSource;
  let admin: TestUser;
  let applicant: TestUser;
  let document: OpenApiDocument;
  /** Real ids for path parameters, so the probes reach past "not found" into validation and the services. */
  let known: { cycleId: string; freeCycleId: string; formId: string; applicationId: string; attachmentId: string; userId: string; committeeId: string };
  let stateQuery: string;

  beforeAll(async () => {
    ({ app, api, env, admin } = portal);
    db = app.get(DataSource);
    applicant = await makeApplicant(app, api);
    // A third account for PATCH /admin/users/{id}, so a probe that disables or demotes it ends no session of the sweep.
    const target = await makeUser(app, api, { roles: ['reviewer'] });
    const cycle = await makeOpenCycle(app);
    // A cycle without applications for PATCH /cycles/{id}: the pinned fields of one with
    // applications answer 409 before the rest of a change is validated.
    const freeCycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    const created = await applicant.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: 'product_design' });
    expect(created.status).toBe(201);
    const form = new FormData();
    form.append('kind', 'id_document');
    form.append('file', new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }), 'id.pdf');
    const uploaded = await applicant.client.post(`/api/v1/applications/${created.body.id}/attachments`, form);
    // A real committee, so its PATCH probes reach validation and the service instead of stopping at 404.
    const members = await makeCommitteeMembers(app, api, 11, { login: false });
    const committee = await admin.client.post('/api/v1/committees', {
      nameZh: '敌意输入委员会',
      nameEn: 'Hostile input committee',
      organisedBy: 'specialty',
      levels: ['intermediate'],
      specialties: ['product_design'],
      chairId: members[0].id,
      memberIds: members.map((m) => m.id),
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
    });
    expect(committee.status).toBe(201);
    known = {
      cycleId: cycle.id,
      freeCycleId: freeCycle.id,
      formId: cycle.formVersions.intermediate!,
      applicationId: created.body.id,
      attachmentId: uploaded.status === 201 ? uploaded.body.id : randomUUID(),
      userId: target.id,
      committeeId: committee.body.id,
    };
    const docs = await api.get('/docs-json');
    expect(docs.status).toBe(200);
    document = docs.body;

    const tables: { name: string }[] = await db.query(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    // Per table: the row count and the newest row version's transaction id. An INSERT or DELETE
    // changes the count; an UPDATE writes a new row version whose xmin is newer than any before.
    stateQuery = `SELECT ${tables.map((t) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM ${t.name}) AS "${t.name.replace(/"/g, '')}"`).join(', ')}`;
  });

  /**
   * A refused login is audited (issue 17: login failures are audit entries): between two table
   * states, audit_log may have gained only user.login_failed entries, nothing else.
   */
  async function onlyFailedLogins(before: string, after: string): Promise<boolean> {
    const added = Number(after.split(':')[0]) - Number(before.split(':')[0]);
    if (added <= 0) return false;
    const rows: { action: string }[] = await db.query('SELECT action FROM audit_log ORDER BY seq DESC LIMIT $1', [added]);
    return rows.every((r) => r.action === 'user.login_failed');
  }

  /** How many files evidence storage holds (checked around refused uploads). */
  function storedFiles(): number {
    const dir = env.STORAGE_DIR!;
    if (!fs.existsSync(dir)) return 0;
    return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  }

  async function tableState(): Promise<Record<string, string>> {
    const [row] = await db.query(stateQuery);
    return row;
  }

  function resolve(schema: Schema | undefined): Schema {
    let s = schema ?? {};
    for (let i = 0; s.$ref && i < 20; i++) s = document.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
    if (s.allOf) {
      const merged: Schema = { type: 'object', properties: {}, required: [] };
      for (const part of s.allOf.map((p) => resolve(p))) {
        Object.assign(merged.properties!, part.properties ?? {});
        merged.required!.push(...(part.required ?? []));
      }
      return { ...s, ...merged, allOf: undefined };
    }
    return s;
  }

  /** Whether the document gives a value for this schema (an example, a default or an enum). */
  function documented(schema: Schema | undefined): boolean {
    const s = resolve(schema);
    return s.example !== undefined || s.default !== undefined || !!s.enum?.length || (s.type === 'array' && documented(s.items));
  }

  /**
   * The documented example of a schema: its example, else default, first enum value, or a value
   * of its type; an object gets its required properties and the optional ones the document gives
   * a value for. Ids of the sweep's own cycle and form replace the document's by property name,
   * so the example reaches past "not found" into the services.
   */
  function exampleOf(schema: Schema | undefined, name = '', depth = 0, useKnownIds = true): Json {
    const s = resolve(schema);
    if (useKnownIds && name === 'cycleId') return known.cycleId;
    if (useKnownIds && name === 'formVersions') return { intermediate: known.formId };
    if (useKnownIds && name === 'levels') return ['intermediate'];
    if (s.example !== undefined) return s.example as Json;
    if (s.default !== undefined) return s.default as Json;
    if (s.enum?.length) return s.enum[0] as Json;
    const type = s.type ?? (s.properties ? 'object' : undefined);
    switch (type) {
      case 'object': {
        if (depth > 5) return {};
        const out: Record<string, Json> = {};
        for (const [key, prop] of Object.entries(s.properties ?? {})) {
          if (s.required?.includes(key) || documented(prop)) out[key] = exampleOf(prop, key, depth + 1, useKnownIds);
        }
        return out;
      }
      case 'array':
        return [exampleOf(s.items, name, depth + 1, useKnownIds)];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'string':
        if (s.format === 'date-time') return '2026-03-01T00:00:00Z';
        if (s.format === 'date') return '2026-03-01';
        if (s.format === 'uuid') return randomUUID();
        if (s.format === 'email' || /email/i.test(name)) return `hostile.${randomUUID().slice(0, 8)}@example.com`;
        return 'example';
      default:
        return 'example';
    }
  }

  /** A real value for a path parameter, chosen by the route it belongs to; a random UUID otherwise. */
  function pathValue(route: string, method: string, name: string): string {
    if (name === 'attachmentId') return known.attachmentId;
    if (name === 'key') return 'application.returned';
    if (name !== 'id') return randomUUID();
    if (route.startsWith('/api/v1/cycles/')) return method === 'patch' ? known.freeCycleId : known.cycleId;
    if (route.startsWith('/api/v1/forms/')) return known.formId;
    if (route.startsWith('/api/v1/applications/')) return known.applicationId;
    if (route.startsWith('/api/v1/admin/users/')) return known.userId;
    if (route.startsWith('/api/v1/committees/')) return known.committeeId;
    return randomUUID();
  }

  function fillPath(route: string, method: string, params: Parameter[], override?: { name: string; raw: string }): string {
    let path = route;
    for (const p of params) {
      const raw = override?.name === p.name ? override.raw : encodeURIComponent(pathValue(route, method, p.name));
      path = path.replace(`{${p.name}}`, raw);
    }
    return path;
  }

  function multipartBody(parts: { name: string; value?: string; file?: { name: string; bytes: Buffer } }[], boundary: string): Buffer {
    const chunks: Buffer[] = [];
    for (const part of parts) {
      const disposition = part.file ? `form-data; name="${part.name}"; filename="${part.file.name}"` : `form-data; name="${part.name}"`;
      const type = part.file ? '\r\nContent-Type: application/pdf' : '';
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`, 'latin1'));
      // Field values go as UTF-8; invalid UTF-8 (a surrogate's bytes) is spelt with \\xED\\xA0\\x80 below.
      chunks.push(part.file ? part.file.bytes : Buffer.from(part.value ?? '', 'utf8'));
      chunks.push(Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(chunks.map((c) => Buffer.from(c.toString('latin1').replace(/\\xED\\xA0\\x80/g, '\xED\xA0\x80'), 'latin1')));
  }

  function probesOf(route: string, method: string, operation: Operation): Probe[] {
    const m = method.toUpperCase();
    const params = operation.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const path = fillPath(route, method, pathParams);
    const requiredQuery = queryParams.filter((p) => p.required).map((p) => `${p.name}=${encodeURIComponent(String(exampleOf(p.schema, p.name)))}`);
    const baseQuery = requiredQuery.join('&');
    const content = operation.requestBody?.content ?? {};
    const jsonSchema = content['application/json']?.schema;
    const example = jsonSchema ? exampleOf(jsonSchema) : undefined;
    const exampleJson = example === undefined ? undefined : { json: JSON.stringify(example) };
    const probes: Probe[] = [];
    const add = (label: string, probe: Omit<Probe, 'label' | 'method'>) => probes.push({ label: `${m} ${route} ${label}`, method: m, ...probe });

    add('documented example', { path, query: baseQuery, body: exampleJson });
    for (const p of pathParams) {
      for (const h of HOSTILE_PATH) add(`path ${p.name}=${h.label}`, { path: fillPath(route, method, pathParams, { name: p.name, raw: h.raw }), query: baseQuery, body: exampleJson });
    }
    for (const p of queryParams) {
      const rest = requiredQuery.filter((q) => !q.startsWith(`${p.name}=`));
      const values = p.name === 'cursor' ? BOGUS_CURSORS.map((c, i) => ({ label: `bogus cursor #${i}`, raw: c === '%00' ? c : encodeURIComponent(c), mustBe400: c === '%00' })) : HOSTILE_QUERY;
      for (const h of [...values, { label: 'repeated', raw: `1&${p.name}=2` }]) {
        add(`query ${p.name}=${h.label}`, { path, query: [...rest, `${p.name}=${h.raw}`].join('&'), body: exampleJson, mustBe400: 'mustBe400' in h && h.mustBe400 });
      }
    }
    if (example !== undefined) {
      for (const whole of ['null', '[]', '"x"', '1e999', '{"a":']) add(`body ${whole}`, { path, query: baseQuery, body: { json: whole } });
      add('body nested 50,000 arrays deep', { path, query: baseQuery, body: { json: `${'['.repeat(50_000)}${']'.repeat(50_000)}` } });
      add('body nested 50,000 objects deep', { path, query: baseQuery, body: { json: `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}` } });
      // Variants get a fresh `code` (cycles) and `email` each (UNIQUE is replaced at send time),
      // so one that passes validation reaches the insert instead of stopping at "already taken".
      const documentedBase = example !== null && typeof example === 'object' && !Array.isArray(example) ? example : {};
      const base: Record<string, Json> = { ...documentedBase };
      if (typeof base.code === 'string') base.code = `H${UNIQUE}`;
      if (typeof base.email === 'string') base.email = `hostile.${UNIQUE}@example.com`;
      // A draft's `version` is read just before sending, so variants reach the form data checks instead of STALE_VERSION.
      if (typeof base.version === 'number' && route === '/api/v1/applications/{id}') base.version = CURRENT_VERSION;
      add('body with NUL key', { path, query: baseQuery, body: { json: JSON.stringify({ ...base, 'x\u0000': 1 }) }, mustBe400: true });
      add('body with surrogate key', { path, query: baseQuery, body: { json: JSON.stringify({ ...base, [HIGH_SURROGATE]: 1 }) }, mustBe400: true });
      const properties = Object.keys(resolve(jsonSchema).properties ?? {});
      for (const property of properties) {
        for (const h of hostileValues()) {
          add(`body ${property}=${h.label}`, { path, query: baseQuery, body: { json: JSON.stringify({ ...base, [property]: h.value }) }, mustBe400: h.mustBe400 });
        }
      }
    }
    if (content['multipart/form-data']) {
      const boundary = `----hostile${randomUUID().replace(/-/g, '')}`;
      const pdf = tinyPdf();
      const multipart: [string, { name: string; value?: string; file?: { name: string; bytes: Buffer } }[]][] = [
        ['kind=NUL', [{ name: 'kind', value: NUL }, { name: 'file', file: { name: 'a.pdf', bytes: pdf } }]],
        ['kind=surrogate bytes', [{ name: 'kind', value: '\\xED\\xA0\\x80' }, { name: 'file', file: { name: 'a.pdf', bytes: pdf } }]],
        ['kind=overlong', [{ name: 'kind', value: 'x'.repeat(5000) }, { name: 'file', file: { name: 'a.pdf', bytes: pdf } }]],
        ['field name NUL', [{ name: 'ki\u0000nd', value: 'id_document' }, { name: 'file', file: { name: 'a.pdf', bytes: pdf } }]],
        ['file name NUL', [{ name: 'kind', value: 'id_document' }, { name: 'file', file: { name: 'a\u0000.pdf', bytes: pdf } }]],
        ['file name surrogate bytes', [{ name: 'kind', value: 'id_document' }, { name: 'file', file: { name: 'a\\xED\\xA0\\x80.pdf', bytes: pdf } }]],
        ['file name overlong', [{ name: 'kind', value: 'id_document' }, { name: 'file', file: { name: `${'x'.repeat(3000)}.pdf`, bytes: pdf } }]],
        ['file without kind', [{ name: 'file', file: { name: 'a.pdf', bytes: pdf } }]],
        ['kind only', [{ name: 'kind', value: 'id_document' }]],
      ];
      for (const [label, parts] of multipart) add(`multipart ${label}`, { path, query: baseQuery, body: { multipart: multipartBody(parts, boundary), boundary } });
    }
    return probes;
  }

  async function send(client: ApiClient, probe: Probe): Promise<{ status: number; body: string }> {
    const headers: Record<string, string> = { authorization: `Bearer ${client.token}` };
    let body: string | Uint8Array | undefined;
    if (probe.body && 'json' in probe.body) {
      headers['content-type'] = 'application/json';
      body = probe.body.json.replaceAll(UNIQUE, () => randomUUID().slice(0, 8).toUpperCase());
      if (body.includes(`:${CURRENT_VERSION}`)) {
        const [row] = await db.query('SELECT version FROM applications WHERE id = $1', [known.applicationId]);
        body = body.replaceAll(`:${CURRENT_VERSION}`, `:${row.version}`);
      }
    } else if (probe.body) {
      headers['content-type'] = `multipart/form-data; boundary=${probe.body.boundary}`;
      body = new Uint8Array(probe.body.multipart);
    }
    const url = `${client.baseUrl}${probe.path}${probe.query ? `?${probe.query}` : ''}`;
    const response = await fetch(url, { method: probe.method, headers, body: probe.method === 'GET' || probe.method === 'HEAD' ? undefined : body });
    return { status: response.status, body: (await response.text()).slice(0, 300) };
  }

  // The answers the sweep only checks for "not 5xx", spelt out once (these run first: the sweep ends with logout).
  describe('the answers', () => {
    const detailsOf = (body: { details?: { path: string; code: string }[] }) => body.details?.map((d) => [d.path, d.code]);

    it('NUL and unpaired surrogates anywhere are a 400 VALIDATION_FAILED naming the field, before any guard', async () => {
      const login = await api.post('/api/v1/auth/login', `{"email":"a\\ud800@example.com","password":"x"}`);
      expect(login.status).toBe(400);
      expect(login.body).toMatchObject({ code: 'VALIDATION_FAILED', requestId: expect.any(String) });
      expect(detailsOf(login.body)).toEqual([['email', 'FIELD_UNPAIRED_SURROGATE']]);

      const draft = await applicant.client.patch(`/api/v1/applications/${known.applicationId}`, { version: 1, data: { identity: { fullName: 'a\u0000' }, ['k\u0000']: 1 } });
      expect(draft.status).toBe(400);
      expect(detailsOf(draft.body)).toEqual([
        ['data.k\\u0000', 'FIELD_NUL_CHARACTER'],
        ['data.identity.fullName', 'FIELD_NUL_CHARACTER'],
      ]);

      const list = await admin.client.get('/api/v1/applications?text=a%00b&specialty=%00');
      expect(list.status).toBe(400);
      expect(detailsOf(list.body)).toEqual([
        ['text', 'FIELD_NUL_CHARACTER'],
        ['specialty', 'FIELD_NUL_CHARACTER'],
      ]);

      // An admin-only route answers the applicant's NUL with 400 too: the check runs before the guards.
      expect((await applicant.client.get('/api/v1/admin/users?text=%00')).status).toBe(400);
      expect(detailsOf((await admin.client.get(`/api/v1/cycles/a%00b`)).body)).toEqual([['id', 'FIELD_NUL_CHARACTER']]);
    });

    it('null for any field of a committee PATCH is a 400 naming the field, and changes nothing', async () => {
      const before = (await admin.client.get(`/api/v1/committees/${known.committeeId}`)).body;
      for (const field of ['nameZh', 'nameEn', 'organisedBy', 'levels', 'specialties', 'chairId', 'memberIds', 'termStart', 'termEnd', 'minimumSize']) {
        const res = await admin.client.patch(`/api/v1/committees/${known.committeeId}`, { [field]: null });
        expect({ field, status: res.status, code: res.body.code, paths: res.body.details?.map((d: { path: string }) => d.path) }).toEqual({
          field,
          status: 400,
          code: 'VALIDATION_FAILED',
          paths: expect.arrayContaining([field]),
        });
      }
      expect((await admin.client.get(`/api/v1/committees/${known.committeeId}`)).body).toEqual(before);
    });

    it('a forged cursor is a 400 INVALID_CURSOR naming cursor on every list', async () => {
      const forged = Buffer.from('["x","y"]').toString('base64url');
      for (const [user, path] of [
        [admin, '/api/v1/applications'],
        [admin, '/api/v1/cycles'],
        [admin, '/api/v1/admin/users'],
        [admin, '/api/v1/admin/notifications/failed'],
        [applicant, '/api/v1/notifications'],
      ] as const) {
        const answer = await user.client.get(`${path}?cursor=${forged}`);
        expect([path, answer.status, answer.body.code, detailsOf(answer.body)]).toEqual([path, 400, 'INVALID_CURSOR', [['cursor', 'INVALID_CURSOR']]]);
      }
    });

    it('dates outside 1900-2200 are a 400 naming the field', async () => {
      const answer = await admin.client.get(`/api/v1/applications?submittedFrom=${encodeURIComponent('-005000-01-01T00:00:00Z')}`);
      expect(answer.status).toBe(400);
      expect(detailsOf(answer.body)).toEqual([['submittedFrom', 'FIELD_IS_DATE_IN_RANGE']]);
    });

    it('a path id that is not a UUID is a 400 naming the parameter', async () => {
      const answer = await applicant.client.get(`/api/v1/applications/${known.applicationId}/attachments/not-a-uuid`);
      expect([answer.status, answer.body.code, detailsOf(answer.body)]).toEqual([400, 'VALIDATION_FAILED', [['attachmentId', 'FIELD_IS_UUID']]]);
    });

    it('PATCH /me: null clears the phone, and is a 400 for the name and locale', async () => {
      expect((await applicant.client.patch('/api/v1/me', { phone: '13812345678' })).body.phone).toBe('13812345678');
      const cleared = await applicant.client.patch('/api/v1/me', { phone: null });
      expect([cleared.status, cleared.body.phone]).toEqual([200, null]);
      const refused = await applicant.client.patch('/api/v1/me', { fullName: null, locale: null });
      expect(refused.status).toBe(400);
      expect([...new Set(detailsOf(refused.body)?.map(([path]) => path))].sort()).toEqual(['fullName', 'locale']);
    });

    it('a body that is not a JSON object is a 400 BODY_NOT_OBJECT', async () => {
      const answer = await applicant.client.patch('/api/v1/me', 'null');
      expect([answer.status, detailsOf(answer.body)]).toEqual([400, [['', 'BODY_NOT_OBJECT']]]);
    });

    it("POST /cycles with its own documented example is a 400 with the reason (no such form), not a 500", async () => {
      const example = exampleOf(document.paths['/api/v1/cycles'].post.requestBody!.content['application/json'].schema, '', 0, false);
      const answer = await admin.client.post('/api/v1/cycles', example);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('CYCLE_INVALID');
      expect(detailsOf(answer.body)).toContainEqual(['formVersions.intermediate', 'FORM_NOT_FOUND']);
    });

    it('far dates inside form data are refused or evaluated, never a 5xx (draft save, eligibility, submit)', async () => {
      const withDates = (value: unknown, date: string): unknown =>
        typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)
          ? date
          : Array.isArray(value)
            ? value.map((v) => withDates(v, date))
            : value && typeof value === 'object'
              ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDates(v, date)]))
              : value;
      for (const date of ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) {
        const [{ version }] = await db.query('SELECT version FROM applications WHERE id = $1', [known.applicationId]);
        const saved = await applicant.client.patch(`/api/v1/applications/${known.applicationId}`, { version, data: withDates(sampleFormData('intermediate'), date) });
        const eligibility = await applicant.client.get(`/api/v1/applications/${known.applicationId}/eligibility`);
        const submitted = await applicant.client.post(`/api/v1/applications/${known.applicationId}/submit`, { declarationAccepted: true });
        expect([date, saved.status < 500, eligibility.status < 500, submitted.status < 500]).toEqual([date, true, true, true]);
      }
    });

    it('an upload field holding NUL is a 400 naming it, and nothing is stored', async () => {
      const form = new FormData();
      form.append('kind', 'identity_document\u0000');
      form.append('file', new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }), 'a.pdf');
      const before = storedFiles();
      const answer = await applicant.client.post(`/api/v1/applications/${known.applicationId}/attachments`, form);
      expect([answer.status, detailsOf(answer.body)]).toEqual([400, [['kind', 'FIELD_NUL_CHARACTER']]]);
      expect(storedFiles()).toBe(before);
    });
  });

  it('answers every hostile request of every operation with a 4xx (or a 2xx), never a 5xx, and a refused one writes nothing', async () => {
    const operations: { route: string; method: string; operation: Operation }[] = [];
    for (const [route, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (['get', 'post', 'put', 'patch', 'delete'].includes(method)) operations.push({ route, method, operation });
      }
    }
    operations.sort((a, b) => sweepOrder(a.method, a.route) - sweepOrder(b.method, b.route));
    expect(operations.length).toBeGreaterThan(30);

    const failures: string[] = [];
    let requests = 0;
    let before = await tableState();
    for (const { route, method, operation } of operations) {
      for (const probe of probesOf(route, method, operation)) {
        for (const [role, user] of [['admin', admin], ['applicant', applicant]] as const) {
          const isUpload = !!probe.body && 'multipart' in probe.body;
          const filesBefore = isUpload ? storedFiles() : 0;
          const result = await send(user.client, probe);
          requests++;
          const after = await tableState();
          const who = `[${role}] ${probe.label}`;
          if (process.env.HOSTILE_TRACE) console.log(`${who}: ${result.status} ${result.body.slice(0, 160)}`);
          if (result.status >= 500) failures.push(`${who}: ${result.status} ${result.body}`);
          else if (probe.mustBe400 && result.status !== 400) failures.push(`${who}: expected 400, got ${result.status} ${result.body}`);
          if (result.status >= 400) {
            const changed: string[] = [];
            for (const t of Object.keys(after)) {
              if (after[t] !== before[t] && !(t === 'audit_log' && (await onlyFailedLogins(before[t], after[t])))) changed.push(t);
            }
            if (changed.length) failures.push(`${who}: refused with ${result.status} but wrote to ${changed.join(', ')}`);
            if (isUpload && storedFiles() !== filesBefore) failures.push(`${who}: refused with ${result.status} but left a file in storage`);
          }
          before = after;
        }
      }
    }
    // Print what failed, grouped by operation, before failing (the list is the useful part).
    if (failures.length) console.log(`${failures.length} of ${requests} requests failed:\n${failures.join('\n')}`);
    expect(failures).toEqual([]);
    // ~12,500 sequential requests, each followed by a snapshot of every table: 170-230 s on two
    // busy cores; the bound only stops a hung sweep.
  }, 600_000);
});
