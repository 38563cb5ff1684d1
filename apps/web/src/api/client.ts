import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** The portal's error body (ErrorBodyDto): every refusal has a stable code and, for fields, their paths. */
export interface ApiProblem {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiProblem,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
  get code(): string {
    return this.body?.code ?? 'UNKNOWN';
  }
  /** Field problems (details of a 400/422), each with its path (property path or JSON pointer). */
  get problems(): { path?: string; code: string; message: string; data?: unknown }[] {
    return Array.isArray(this.body?.details) ? (this.body.details as { path?: string; code: string; message: string }[]) : [];
  }
}

// The access token lives in this module's memory only: never in storage, never in a cookie.
let accessToken: string | null = null;
let onSessionLost: () => void = () => undefined;

export function setAccessToken(token: string | null): void {
  accessToken = token;
}
export function hasAccessToken(): boolean {
  return accessToken !== null;
}
export function whenSessionLost(handler: () => void): void {
  onSessionLost = handler;
}

const CSRF = { 'X-CSRF-Protection': '1' };

/**
 * Exchanges the httpOnly refresh cookie for a new access token (the cookie is rotated).
 * Tabs of one browser share the cookie, so refreshes are serialised across tabs with a Web
 * Lock: two tabs presenting the same token at once would look like token theft and end the
 * session.
 */
export async function refreshAccessToken(): Promise<boolean> {
  const run = async () => {
    const response = await fetch('/api/v1/auth/web/refresh', { method: 'POST', headers: CSRF, credentials: 'same-origin' });
    if (!response.ok) {
      accessToken = null;
      return false;
    }
    accessToken = ((await response.json()) as { accessToken: string }).accessToken;
    return true;
  };
  return navigator.locks ? navigator.locks.request('tp-web-refresh', run) : run();
}

let refreshing: Promise<boolean> | null = null;

/** fetch with the bearer token; one refresh-and-retry when the token has expired. */
async function authedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`);
  const response = await fetch(request);
  if (response.status !== 401 || !accessToken || request.url.includes('/auth/')) return response;
  refreshing ??= refreshAccessToken().finally(() => (refreshing = null));
  if (!(await refreshing)) {
    onSessionLost();
    return response;
  }
  retry.headers.set('Authorization', `Bearer ${accessToken}`);
  return fetch(retry);
}

export const api = createClient<paths>({ baseUrl: '', fetch: authedFetch });

/** The data of an openapi-fetch result, or an ApiError. */
export async function unwrap<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (!response.ok) throw new ApiError(response.status, (error ?? { statusCode: response.status, code: 'HTTP_ERROR', message: response.statusText }) as ApiProblem);
  return data as T;
}

export async function webLogin(email: string, password: string): Promise<void> {
  const response = await fetch('/api/v1/auth/web/login', {
    method: 'POST',
    headers: { ...CSRF, 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ email, password }),
  });
  const body = await response.json();
  if (!response.ok) throw new ApiError(response.status, body as ApiProblem);
  accessToken = (body as { accessToken: string }).accessToken;
}

export async function webLogout(): Promise<void> {
  accessToken = null;
  await fetch('/api/v1/auth/web/logout', { method: 'POST', headers: CSRF, credentials: 'same-origin' }).catch(() => undefined);
}

/**
 * Uploads a file with progress (fetch has no upload progress; XMLHttpRequest does).
 * Resolves with the parsed body, rejects with an ApiError.
 */
export function uploadWithProgress<T>(url: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (accessToken) xhr.setRequestHeader('Authorization', `Bearer ${accessToken}`);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { statusCode: xhr.status, code: 'HTTP_ERROR', message: xhr.statusText };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(new ApiError(xhr.status, body as ApiProblem));
    };
    xhr.onerror = () => reject(new ApiError(0, { statusCode: 0, code: 'NETWORK_ERROR', message: 'Network error' }));
    xhr.send(form);
  });
}

/** A protected file's bytes (bearer header), e.g. to show evidence inline. */
export async function fetchBlob(url: string): Promise<Blob> {
  const response = await authedFetch(new Request(url));
  if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => ({}))) as ApiProblem);
  return response.blob();
}

/** Downloads a protected file (bearer header) and hands it to the browser as a file. */
export async function downloadFile(url: string, name: string): Promise<void> {
  const response = await authedFetch(new Request(url));
  if (!response.ok) throw new ApiError(response.status, (await response.json().catch(() => ({}))) as ApiProblem);
  const blobUrl = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10000);
}
