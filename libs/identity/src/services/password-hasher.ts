import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/**
 * argon2id at the OWASP minimum (19 MiB, t=2, p=1). The argon2 binding runs each
 * hash on libuv's thread pool, so hashing never blocks the event loop.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // A real hash of a random string: verifying against it costs what a real check costs,
  // so an unknown e-mail takes as long as a wrong password.
  private readonly dummy = argon2.hash(`dummy-${Math.random()}`, ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.dummy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
