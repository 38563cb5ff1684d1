import * as path from 'path';
import * as fs from 'fs';
import * as dotenv from 'dotenv';

/** The `.env` of the project root (the directory the portal is started from). */
export function dotEnvPath(): string {
  return path.resolve(process.cwd(), '.env');
}

/** Load `.env` from the project root if present; real environment variables win. */
export function loadDotEnv(): void {
  const file = dotEnvPath();
  if (fs.existsSync(file)) dotenv.config({ path: file, override: false, quiet: true } as dotenv.DotenvConfigOptions);
}
