import { Abstract, INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import { createWorkerContext, prepareWorkerContext } from '../../../apps/worker/src/bootstrap';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { ApiCallOptions, ApiPathFor, ApiResponse, fillPath, HttpMethod } from './api-types';
import { ConfigOverrides } from './test-environment';

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A tiny HTTP client for the API under test: JSON in, JSON (or text) out, bearer token optional. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  withToken(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    if (this.token) (init.headers as Record<string, string>).authorization = `Bearer ${this.token}`;
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  /**
   * A call typed from the OpenAPI paths: the path template, its parameters, query and body are
   * checked against the API's document, and the answer's body is the 2xx one. The loose
   * get/post/... below stay for tests that send what the API must refuse.
   *
   *   api.call('post', '/api/v1/applications/{id}/assignments', { path: { id }, body: { reviewerIds } })
   */
  call<M extends HttpMethod, P extends ApiPathFor<M>>(method: M, path: P, options: ApiCallOptions<P, M> = {}): Promise<HttpResult<ApiResponse<P, M>>> {
    const url = fillPath(path, (options.path ?? {}) as Record<string, unknown>, (options.query ?? {}) as Record<string, unknown>);
    return this.request<ApiResponse<P, M>>(method.toUpperCase(), url, options.body, options.headers);
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, undefined, headers);
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, body, headers);
  }
  patch<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PATCH', path, body, headers);
  }
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('PUT', path, body, headers);
  }
  delete<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('DELETE', path, undefined, headers);
  }
}

/** The real API on Fastify, listening on a random local port. */
export async function startApi(env: ConfigOverrides): Promise<{ app: NestFastifyApplication; client: ApiClient }> {
  const app = await createApiApp(env);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  return { app, client: new ApiClient(`http://127.0.0.1:${address.port}`) };
}

/** A provider to replace in the worker, e.g. `{ provide: Clock, useValue: manualClock }`. */
export interface ProviderOverride {
  provide: string | symbol | Type | Abstract<unknown>;
  useValue: unknown;
}

/** The real worker (BullMQ processors, relay, schedulers) in this process, optionally with providers replaced. */
export async function startWorker(env: ConfigOverrides, options: { overrides?: ProviderOverride[] } = {}): Promise<INestApplicationContext> {
  let worker: INestApplicationContext;
  if (options.overrides?.length) {
    let builder = Test.createTestingModule({ imports: [WorkerModule.forRoot(env)] });
    for (const o of options.overrides) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
    worker = prepareWorkerContext(await builder.compile());
  } else {
    worker = await createWorkerContext(env);
  }
  await worker.init();
  return worker;
}

/** Poll until `check` returns a value (not undefined/false) or time runs out. */
export async function eventually<T>(check: () => Promise<T | undefined | false | null>, timeoutMs = 15000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false && value !== null) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ''}`);
}
