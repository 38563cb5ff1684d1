import { isReservedPath } from './web-app';

describe('isReservedPath', () => {
  it.each(['/api', '/api/v1/applications', '/docs', '/docs/', '/docs-json', '/docs-yaml', '/health/live', '/metrics', '/admin/queues', '/admin/queues/api/queues'])(
    '%s belongs to the API, never to the web app',
    (path) => expect(isReservedPath(path)).toBe(true),
  );

  it.each(['/', '/login', '/applications/1', '/admin', '/admin/applications', '/admin/queuesx', '/verify-email', '/healthy', '/apiary'])('%s is a web-app route', (path) => {
    expect(isReservedPath(path)).toBe(false);
  });
});
