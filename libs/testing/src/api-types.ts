// Types of the API under test, read from the OpenAPI document the web client is generated from
// (apps/web/src/api/schema.d.ts, `npm run web:api-types`): a route or DTO change that a test
// still calls the old way then fails the type check, not the run.
import type { paths } from '../../../apps/web/src/api/schema';

export type ApiPath = keyof paths;
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The operation behind a path and method (`never` where the route has no such method). */
export type ApiOperation<P extends ApiPath, M extends HttpMethod> = paths[P] extends { [K in M]: infer Op } ? Op : never;

/** The path templates that answer `method`, e.g. '/api/v1/applications/{id}/assignments' for 'post'. */
export type ApiPathFor<M extends HttpMethod> = { [P in ApiPath]: [ApiOperation<P, M>] extends [never] ? never : P }[ApiPath];

type Json<C> = C extends { content: infer X } ? (X extends { 'application/json': infer B } ? B : X extends { 'multipart/form-data': unknown } ? FormData : X[keyof X]) : undefined;
type Parameters<O> = O extends { parameters: infer Pa } ? Pa : never;

/** The JSON body an operation takes (FormData for uploads; undefined when it takes none). */
export type ApiBody<P extends ApiPath, M extends HttpMethod> = ApiOperation<P, M> extends { requestBody?: infer R } ? Json<NonNullable<R>> : undefined;

/** What a 2xx answer carries: the body a test reads once it has checked the status. */
export type ApiResponse<P extends ApiPath, M extends HttpMethod> =
  ApiOperation<P, M> extends { responses: infer R } ? { [C in keyof R & (200 | 201 | 202 | 204)]: Json<R[C]> }[keyof R & (200 | 201 | 202 | 204)] : unknown;

export type ApiPathParams<P extends ApiPath, M extends HttpMethod> = Parameters<ApiOperation<P, M>> extends { path?: infer X } ? X : never;
export type ApiQuery<P extends ApiPath, M extends HttpMethod> = Parameters<ApiOperation<P, M>> extends { query?: infer X } ? X : never;

/** The parts of a typed call; `path` fills the template's `{name}`s (a missing one throws before the request). */
export interface ApiCallOptions<P extends ApiPath, M extends HttpMethod> {
  path?: ApiPathParams<P, M>;
  query?: ApiQuery<P, M>;
  body?: ApiBody<P, M>;
  headers?: Record<string, string>;
}

/** The URL of a path template with its parameters and query filled in. */
export function fillPath(template: string, params: Record<string, unknown> = {}, query: Record<string, unknown> = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined || params[name] === null) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(params[name]));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}
