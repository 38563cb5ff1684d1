import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { validateEnvironment } from './env.schema';

export const CONFIG_OVERRIDES = Symbol('CONFIG_OVERRIDES');

@Global()
@Module({})
export class ConfigModule {
  /**
   * Validates process.env (plus overrides, used by tests and the CLI) once at boot.
   * An invalid environment throws before any connection is opened.
   */
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    const config = Object.assign(new AppConfig(), validateEnvironment({ ...process.env, ...overrides }));
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
