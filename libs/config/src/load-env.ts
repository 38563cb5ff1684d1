import * as path from 'path';
import * as fs from 'fs';
import * as dotenv from 'dotenv';

/** Load `.env` from the project root if present; real environment variables win. */
export function loadDotEnv(): void {
  const file = path.resolve(process.cwd(), '.env');
  if (fs.existsSync(file)) dotenv.config({ path: file, override: false, quiet: true } as dotenv.DotenvConfigOptions);
}
