import { ApiBody, ApiPathFor, ApiResponse, fillPath } from './api-types';
import { ApiClient } from './portal';

describe('ApiClient.call, typed from the OpenAPI paths', () => {
  let sent: { url: string; init: RequestInit }[];

  beforeEach(() => {
    sent = [];
    jest.spyOn(global, 'fetch').mockImplementation(async (url, init) => {
      sent.push({ url: String(url), init: init ?? {} });
      return new Response(JSON.stringify({ items: [] }), { status: 201, headers: { 'content-type': 'application/json' } });
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('fills the path template and query, sends the JSON body with the token, and reads the answer', async () => {
    const api = new ApiClient('http://api.test', 'token-1');
    const res = await api.call('post', '/api/v1/applications/{id}/assignments', { path: { id: 'a b/1' }, body: { reviewerIds: ['r1'] } });
    expect(res).toMatchObject({ status: 201, body: { items: [] } });
    expect(sent[0].url).toBe('http://api.test/api/v1/applications/a%20b%2F1/assignments');
    expect(sent[0].init).toMatchObject({ method: 'POST', body: '{"reviewerIds":["r1"]}', headers: { authorization: 'Bearer token-1', 'content-type': 'application/json' } });
    await api.call('get', '/api/v1/admin/audit', { query: { action: 'user.login', limit: 5 } });
    expect(sent[1].url).toBe('http://api.test/api/v1/admin/audit?action=user.login&limit=5');
  });

  it('throws before the request when a path parameter is missing', () => {
    expect(() => fillPath('/api/v1/meetings/{id}/open')).toThrow('/api/v1/meetings/{id}/open: no value for {id}');
  });

  it('is checked by the compiler: paths, methods, bodies and answers', () => {
    // Compile-time only (`npm run typecheck`): each @ts-expect-error must have an error under it.
    const api = new ApiClient('http://api.test');
    const typed = async () => {
      // @ts-expect-error a path the API does not have
      await api.call('get', '/api/v1/no-such-route');
      // @ts-expect-error a method the route does not answer
      await api.call('delete', '/api/v1/auth/login');
      // @ts-expect-error a body of the wrong shape
      await api.call('post', '/api/v1/applications/{id}/assignments', { path: { id: 'x' }, body: { reviewerIds: 'r1' } });
      const res = await api.call('post', '/api/v1/applications/{id}/assignments', { path: { id: 'x' }, body: { reviewerIds: ['r1'] } });
      // @ts-expect-error the answer is typed: no such field on the list
      void res.body.noSuchField;
      const login: ApiBody<'/api/v1/auth/login', 'post'> = { email: 'a@example.com', password: 'p' };
      const answered: ApiResponse<'/api/v1/auth/login', 'post'> | undefined = undefined;
      const path: ApiPathFor<'post'> = '/api/v1/auth/login';
      return [login, answered, path];
    };
    expect(typeof typed).toBe('function');
  });
});
