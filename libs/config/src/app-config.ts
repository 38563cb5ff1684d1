import { EnvironmentVariables } from './env.schema';

/** Typed, validated configuration injected everywhere (token: AppConfig). */
export class AppConfig extends EnvironmentVariables {}

export function corsOrigins(config: EnvironmentVariables): string[] {
  return config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}
