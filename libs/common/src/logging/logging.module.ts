import { Global, Module } from '@nestjs/common';
import pino from 'pino';
import { AppConfig } from '@app/config';
import { pinoOptions } from './pino-options';
import { PortalLogger } from './portal-logger';

/** The process's logger (infrastructure every module logs through, hence global): `app.useLogger(app.get(PortalLogger))`. */
@Global()
@Module({
  providers: [{ provide: PortalLogger, inject: [AppConfig], useFactory: (config: AppConfig) => new PortalLogger(pino(pinoOptions(config))) }],
  exports: [PortalLogger],
})
export class LoggingModule {}
