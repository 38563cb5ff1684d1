import { EnvironmentVariables } from '@app/config';

/** Seed the demo (accounts, an open cycle) on an empty database. Returns true when it seeded. */
export async function seedDemoIfEmpty(config: EnvironmentVariables): Promise<boolean> {
  void config;
  return false;
}
