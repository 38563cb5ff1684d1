import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { availableParallelism } from 'os';
import { Semaphore } from '@app/common';

/**
 * argon2id at the OWASP minimum (19 MiB, t=2, p=1). The argon2 binding runs each
 * hash on libuv's thread pool, so hashing never blocks the event loop.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * How many hashes run at once in a process: one per core, and never every libuv thread.
 * More would not log anyone in sooner (argon2 is CPU-bound), but each one holds 19 MiB and a
 * libuv thread, which file uploads and other fs work share: with the default 4 threads on 2
 * cores, a login burst took every thread and ~76 MiB of native memory. The rest wait in
 * arrival order (still off the event loop).
 */
const LIBUV_DEFAULT_THREADS = 4;
export const ARGON2_CONCURRENCY = Math.max(1, Math.min(availableParallelism(), LIBUV_DEFAULT_THREADS - 1));

@Injectable()
export class PasswordHasher {
  private readonly slots = new Semaphore(ARGON2_CONCURRENCY);

  // A real hash of a random string: verifying against it costs what a real check costs,
  // so an unknown e-mail takes as long as a wrong password.
  private readonly dummy = this.slots.run(() => argon2.hash(`dummy-${Math.random()}`, ARGON2_OPTIONS));

  hash(password: string): Promise<string> {
    return this.slots.run(() => argon2.hash(password, ARGON2_OPTIONS));
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    if (!hash) {
      const dummy = await this.dummy;
      await this.slots.run(() => argon2.verify(dummy, password)).catch(() => false);
      return false;
    }
    return this.slots.run(() => argon2.verify(hash, password)).catch(() => false);
  }
}
