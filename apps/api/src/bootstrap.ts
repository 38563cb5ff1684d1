import { randomUUID } from 'crypto';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import * as path from 'path';
import multipart from '@fastify/multipart';
import type { IncomingMessage } from 'http';
import { AppConfig, corsOrigins, parseTrustProxy, validateEnvironment } from '@app/config';
import { AllExceptionsFilter, ErrorBodyDto, PortalLogger, validationExceptionFactory } from '@app/common';
import { ApiModule } from './api.module';
import { installQueueDashboardGuard, QUEUE_DASHBOARD_PATH } from './notifications/queue-dashboard.auth';
import { apiResponseHeaders, documentUrlMatcher, securityHeaders, webAppHeaders } from './http/security-headers';
import { installWebApp, loadWebApp } from './http/web-app';
import { installRequestLogging } from './http/request-logging';
import { installClientAddressCheck } from './http/client-address';
import { installRequestOrigin } from './http/request-origin';
import { frameworkErrorHandler } from './http/framework-errors';
import { ApiValidationPipe } from './http/api-validation.pipe';
import { installTextSafetyCheck } from './http/text-safety.hook';
import { LIVENESS_OPENAPI, LIVENESS_PATH, registerLiveness } from './health/liveness';
import { UPLOAD_MULTIPART_LIMITS } from './applications/dto/attachment.dto';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** Where the Swagger UI and the OpenAPI document are served. */
const DOCS_PATH = 'docs';

/** Routes that live outside /api/v1. */
export const UNVERSIONED_ROUTES = [
  { path: 'health/ready', method: RequestMethod.GET },
  { path: 'metrics', method: RequestMethod.GET },
  // Bull Board (admins only, see notifications/queue-dashboard.auth.ts).
  { path: 'admin/queues', method: RequestMethod.ALL },
];

/** Build the API application exactly as production runs it (used by main.ts and the e2e tests). */
export async function createApiApp(configOverrides: Record<string, string | undefined> = {}): Promise<NestFastifyApplication> {
  // The adapter is built before the Nest container, so read the one setting it needs here.
  const { TRUST_PROXY } = validateEnvironment({ ...process.env, ...configOverrides });
  // Security headers, computed once (see security-headers.ts): helmet's page set for the two
  // rendered UIs, the API set everywhere else.
  const documentHeaders = securityHeaders();
  const apiHeaders = apiResponseHeaders();
  const adapter = new FastifyAdapter({
    // A caller's X-Request-Id is kept when it is sane; otherwise a new UUID. Request logging
    // (http/request-logging.ts) and error bodies read it from the Fastify request.
    genReqId: (raw: IncomingMessage) => {
      const header = raw.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    // false, a hop count or trusted proxy addresses (validated: never `true`, see TRUST_PROXY).
    trustProxy: parseTrustProxy(TRUST_PROXY),
    frameworkErrors: frameworkErrorHandler(apiHeaders),
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(configOverrides), adapter, { bufferLogs: true });
  const config = app.get(AppConfig);
  app.useLogger(app.get(PortalLogger));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // The security headers and the request id on every reply.
  const isDocumentUrl = documentUrlMatcher([`/${DOCS_PATH}`, QUEUE_DASHBOARD_PATH]);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(isDocumentUrl(request.url) ? documentHeaders : apiHeaders).header('x-request-id', request.id);
    done();
  });
  // Before any hook that may answer (the dashboard guard), so refusals are logged too.
  // Health probes come every few seconds per instance: not logged.
  installRequestLogging(fastify, app.get(PortalLogger), (url) => url.startsWith('/health/'));
  installClientAddressCheck(fastify);
  // The address and user agent the audit log records for whatever the request does.
  installRequestOrigin(fastify);
  installQueueDashboardGuard(app);
  registerLiveness(fastify);
  // NUL and unpaired surrogates in any string of params, query or body: 400 before any guard or pipe.
  installTextSafetyCheck(fastify);

  // Evidence uploads: one file after a few small fields; fileSize is only a hard ceiling
  // (each cycle's own limits are enforced by AttachmentsService while streaming).
  await app.register(multipart, {
    limits: UPLOAD_MULTIPART_LIMITS,
    // Keep the client's file name as sent so a name like ../x.pdf is refused, not silently trimmed.
    preservePath: true,
  });
  // The built web app at `/` (npm run build writes dist/web); the API works without it.
  const webApp = loadWebApp(config.WEB_DIR || path.resolve(__dirname, '../../../web'));
  if (webApp) installWebApp(fastify, webApp, webAppHeaders());
  else app.get(PortalLogger).warn('The web app is not built (no index.html in WEB_DIR or dist/web): `/` answers 404; run `npm run build`');
  const origins = corsOrigins(config);
  if (origins.length) app.enableCors({ origin: origins, credentials: true, exposedHeaders: ['X-Request-Id', 'Retry-After'] });

  app.setGlobalPrefix('api/v1', { exclude: UNVERSIONED_ROUTES });
  app.useGlobalPipes(
    new ApiValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Design Title Portal API')
      .setDescription('Professional-title evaluation for industrial designers, including the cross-provincial channel. Every error has the ErrorBody shape.')
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
    { extraModels: [ErrorBodyDto] },
  );
  document.paths = { [LIVENESS_PATH]: LIVENESS_OPENAPI, ...document.paths };
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json`, yamlDocumentUrl: `${DOCS_PATH}-yaml` });
  return app;
}
