import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, corsOrigins } from '@app/config';
import { WebSessionError } from './web-session.errors';

/** The refresh-token cookie of the web app. */
export const WEB_REFRESH_COOKIE = 'tp_refresh';
/** The cookie is sent to these routes only (auth/web/refresh and auth/web/logout), never to the rest of the API. */
export const WEB_SESSION_PATH = '/api/v1/auth/web';
/**
 * The header the portal's pages add to every web-session request. A cross-site page can make
 * a browser send a plain form POST, but not one with a custom header unless CORS allows it
 * (the preflight fails for any origin outside CORS_ORIGINS).
 */
export const CSRF_HEADER = 'x-csrf-protection';

/**
 * CSRF defence of the routes that read (or set) the refresh cookie, on top of
 * `SameSite=Strict` (which already keeps the cookie off cross-site requests in current
 * browsers): OWASP's "custom request header" plus "verify the origin with standard headers".
 * - `X-CSRF-Protection: 1` must be present (forces a CORS preflight for a foreign page);
 * - `Sec-Fetch-Site: cross-site` is refused;
 * - an `Origin` header, when the browser sends one (it does on every POST), must be this
 *   host's own origin (the Host the request was sent to, X-Forwarded-Host behind a trusted
 *   proxy), PUBLIC_URL's origin or one of CORS_ORIGINS.
 * A request without Origin comes from a non-browser client, which holds no victim's cookie.
 * A double-submit token was not chosen: it needs a script-readable cookie and adds nothing
 * here that the custom header and origin check do not already give.
 */
@Injectable()
export class WebCsrfGuard implements CanActivate {
  private readonly allowedOrigins: ReadonlySet<string>;

  constructor(config: AppConfig) {
    this.allowedOrigins = new Set([new URL(config.PUBLIC_URL).origin, ...corsOrigins(config)]);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.headers[CSRF_HEADER] !== '1') throw WebSessionError.csrfHeaderMissing('X-CSRF-Protection');
    if (request.headers['sec-fetch-site'] === 'cross-site') throw WebSessionError.crossOrigin();
    const origin = request.headers.origin;
    if (origin !== undefined && !this.allowedOrigins.has(origin) && hostOf(origin) !== request.host) throw WebSessionError.crossOrigin();
    return true;
  }
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * The refresh cookie: unreadable by script (HttpOnly), HTTPS-only outside development (Secure),
 * never sent cross-site (SameSite=Strict), sent to the web auth routes only (Path).
 * Written and read here rather than through @fastify/cookie: that plugin parses the Cookie
 * header and hooks onSend on every request of the API, for the two routes that need it.
 * The value is a refresh token (base64url), so it needs no encoding.
 */
@Injectable()
export class WebSessionCookie {
  constructor(private readonly config: AppConfig) {}

  private attributes(maxAge: number): string {
    const secure = this.config.NODE_ENV === 'development' ? '' : '; Secure';
    return `Path=${WEB_SESSION_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
  }

  read(request: FastifyRequest): string | undefined {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === WEB_REFRESH_COOKIE) {
        const value = part.slice(eq + 1).trim();
        return /^[A-Za-z0-9_-]{16,200}$/.test(value) ? value : undefined;
      }
    }
    return undefined;
  }

  set(reply: FastifyReply, refreshToken: string): void {
    void reply.header('set-cookie', `${WEB_REFRESH_COOKIE}=${refreshToken}; ${this.attributes(this.config.REFRESH_TOKEN_TTL_SECONDS)}`);
  }

  clear(reply: FastifyReply): void {
    void reply.header('set-cookie', `${WEB_REFRESH_COOKIE}=; ${this.attributes(0)}`);
  }
}
