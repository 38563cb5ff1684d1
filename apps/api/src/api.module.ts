import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule } from '@app/queue';
import { LoggingModule } from '@app/common';
import { HealthModule } from './health/health.module';

@Module({})
export class ApiModule {
  static forRoot(configOverrides: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [ConfigModule.forRoot(configOverrides), LoggingModule, DbModule, QueueModule.forRoot(), HealthModule],
    };
  }
}
