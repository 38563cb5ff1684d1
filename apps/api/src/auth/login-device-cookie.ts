import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@app/config';
import { AuthUser, LOGIN_DEVICE_COOKIE, LoginDevices } from '@app/identity';

/** Sent to the auth routes (auth/login and auth/web/login among them), never to the rest of the API. */
export const LOGIN_DEVICE_PATH = '/api/v1/auth';

/**
 * Sets the device cookie (LoginDevices) after a successful login, so the next login from this
 * client is known: an attacker guessing the account's password elsewhere, or at the same
 * address, neither delays nor refuses it. Unreadable by script (HttpOnly), HTTPS-only outside
 * development (Secure), never sent cross-site (SameSite=Strict). A client that keeps no
 * cookies (an API script) is recognised by its address instead.
 */
@Injectable()
export class LoginDeviceCookie {
  constructor(
    private readonly devices: LoginDevices,
    private readonly config: AppConfig,
  ) {}

  set(reply: FastifyReply, user: AuthUser): void {
    const secure = this.config.NODE_ENV === 'development' ? '' : '; Secure';
    const attributes = `Path=${LOGIN_DEVICE_PATH}; Max-Age=${this.config.LOGIN_KNOWN_CLIENT_TTL_SECONDS}; HttpOnly; SameSite=Strict${secure}`;
    void reply.header('set-cookie', `${LOGIN_DEVICE_COOKIE}=${this.devices.issue(user.email)}; ${attributes}`);
  }
}
