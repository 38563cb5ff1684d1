import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'http';
import { STATUS_CODES } from 'http';
import { AppError, ForbiddenError, Role, UnauthorizedError } from '@app/common';
import { AppConfig } from '@app/config';
import { AuthUser, SessionService } from '@app/identity';

/** Where Bull Board is served (outside /api/v1). */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';
export const QUEUE_DASHBOARD_COOKIE = 'tp_queue_dashboard';
export const QUEUE_DASHBOARD_SESSION_SECONDS = 15 * 60;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * Who may open the queue dashboard. A browser cannot attach a bearer header to a
 * page and its assets, so besides the usual access token (Authorization header,
 * for scripts) the dashboard accepts a short-lived cookie that an admin obtains
 * with POST /api/v1/admin/queues/session. The cookie holds a JWT of its own
 * audience, so it cannot be replayed as an API token (nor an API token stored in
 * it), is scoped to Path=/admin/queues, HttpOnly and SameSite=Strict (the
 * dashboard can retry and delete jobs, so no cross-site requests), expires after
 * 15 minutes, and carries the session version and the session, so a password
 * reset, a disabled account, a removed admin role or logging out ends it at once.
 */
@Injectable()
export class QueueDashboardAuth {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
    private readonly config: AppConfig,
  ) {}

  private get cookieAudience(): string {
    return `${this.config.JWT_AUDIENCE}#queue-dashboard`;
  }

  /** The admin behind a dashboard request; throws 401/403 AppErrors otherwise. */
  async authenticate(headers: IncomingHttpHeaders): Promise<AuthUser> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    const token = bearer ?? readCookie(headers.cookie, QUEUE_DASHBOARD_COOKIE);
    if (!token) {
      throw new UnauthorizedError('UNAUTHORIZED', 'Admins only: send a bearer access token, or open a dashboard session with POST /api/v1/admin/queues/session');
    }
    // Whatever check refuses the token (signature, expiry, audience, ended session, session
    // version, account), one answer: a forger learns nothing about which one failed.
    let user: AuthUser;
    try {
      const claims: { sub?: unknown; sv?: unknown; sid?: unknown } = await this.jwt.verifyAsync(token, {
        secret: this.config.JWT_SECRET,
        algorithms: ['HS256'],
        issuer: this.config.JWT_ISSUER,
        audience: bearer ? this.config.JWT_AUDIENCE : this.cookieAudience,
      });
      user = await this.sessions.userForAccessToken({ sub: String(claims.sub), sv: Number(claims.sv), sid: String(claims.sid) });
    } catch (error) {
      if (error instanceof AppError && error.status !== 401) throw error;
      throw new UnauthorizedError('UNAUTHORIZED', 'A valid admin access token or dashboard session is required');
    }
    if (!user.roles.includes(Role.Admin)) throw new ForbiddenError('ROLE_REQUIRED', 'This requires one of the roles: admin');
    return user;
  }

  /** A Set-Cookie value opening a dashboard session for this admin. */
  async openSession(user: AuthUser): Promise<{ cookie: string; expiresAt: Date }> {
    const token = await this.jwt.signAsync(
      // The session too: logging out of it ends the dashboard session with it.
      { sub: user.id, sv: user.sessionVersion, sid: user.sessionId },
      {
        secret: this.config.JWT_SECRET,
        algorithm: 'HS256',
        issuer: this.config.JWT_ISSUER,
        audience: this.cookieAudience,
        expiresIn: QUEUE_DASHBOARD_SESSION_SECONDS,
      },
    );
    const secure = this.config.PUBLIC_URL.startsWith('https:') ? '; Secure' : '';
    return {
      cookie: `${QUEUE_DASHBOARD_COOKIE}=${token}; Path=${QUEUE_DASHBOARD_PATH}; Max-Age=${QUEUE_DASHBOARD_SESSION_SECONDS}; HttpOnly; SameSite=Strict${secure}`,
      expiresAt: new Date(Date.now() + QUEUE_DASHBOARD_SESSION_SECONDS * 1000),
    };
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isDashboardRequest(request: FastifyRequest): boolean {
  // Both the matched route and the decoded path are checked, so no spelling of the URL reaches a dashboard route unchecked.
  // (Decoding and slash-folding only when the path has something to decode or fold: this runs on every request.)
  const query = request.url.indexOf('?');
  let path = query === -1 ? request.url : request.url.slice(0, query);
  if (path.includes('%')) path = safeDecode(path);
  if (path.includes('//')) path = path.replace(/\/{2,}/g, '/');
  const candidates = [request.routeOptions?.url, path];
  return candidates.some((p) => p === QUEUE_DASHBOARD_PATH || (p !== undefined && p.startsWith(`${QUEUE_DASHBOARD_PATH}/`)));
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const known = error instanceof AppError;
  const status = known ? error.status : 500;
  const body = {
    statusCode: status,
    error: STATUS_CODES[status] ?? 'Error',
    code: known ? error.code : 'INTERNAL_ERROR',
    message: known ? error.message : 'An unexpected error occurred; quote the request id when reporting it',
    requestId: String(request.id),
  };
  if (!known) request.log.error({ err: error }, 'Queue dashboard authentication failed');
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

/**
 * Guards Bull Board: a Fastify onRequest hook on the root instance (so the
 * dashboard plugin, registered later, inherits it) that lets only admins through.
 * Refusals use the portal's standard error body.
 */
export function installQueueDashboardGuard(app: NestFastifyApplication): void {
  const auth = app.get(QueueDashboardAuth);
  app
    .getHttpAdapter()
    .getInstance()
    // Callback style, so every other request passes synchronously: an async hook would cost
    // each of them a promise (and, with the request-logging context, its async-context hooks).
    .addHook('onRequest', (request, reply, done) => {
      if (!isDashboardRequest(request)) return done();
      auth.authenticate(request.headers).then(
        () => done(),
        // A hook that answers must not call done().
        (error: unknown) => void sendError(request, reply, error),
      );
    });
}
