import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { assertRunnable, validateEnvironment } from './env.schema';

export const CONFIG_OVERRIDES = Symbol('CONFIG_OVERRIDES');

@Global()
@Module({})
export class ConfigModule {
  /**
   * Validates process.env (plus overrides, used by tests and the CLI) once at boot.
   * An invalid environment, or one unfit to run (a published key outside the test suite,
   * production rules), throws before any connection is opened.
   */
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    const config = Object.assign(new AppConfig(), validateEnvironment({ ...process.env, ...overrides }));
    assertRunnable(config);
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
