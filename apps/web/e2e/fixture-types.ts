import * as path from 'path';

/**
 * The shapes the browser specs use of libs/testing's fixtures, which they load from the build
 * (dist/libs/testing) rather than import: Playwright's compiler does not reach into the API's
 * libraries. Each spec declares only the fixture functions it calls, over these types.
 */
export interface ApiResponse {
  status: number;
  body: Record<string, unknown> & { items?: Record<string, unknown>[] };
}
export interface ApiClient {
  get(path: string): Promise<ApiResponse>;
  post(path: string, body?: unknown): Promise<ApiResponse>;
  put(path: string, body?: unknown): Promise<ApiResponse>;
  patch(path: string, body?: unknown): Promise<ApiResponse>;
}
export interface TestUser {
  id: string;
  email: string;
  password: string;
  client: ApiClient;
}
export interface NestApp {
  close(): Promise<void>;
}
export interface Cycle {
  id: string;
  code: string;
  nameZh: string;
  specialties: string[];
}

/** libs/testing as built, typed as the spec declares it. */
export function loadTestingFixtures<T>(): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.resolve(__dirname, '../../../dist/libs/testing/src')) as T;
}
