import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Application } from './entities/application.entity';
import { ApplicationHistory } from './entities/application-history.entity';
import { Attachment } from './entities/attachment.entity';
import { Cycle, CycleCounter } from './entities/cycle.entity';
import { FormVersion } from './entities/form-version.entity';
import { ApplicationAccess } from './services/application-access';
import { ApplicationsRepository } from './services/applications.repository';

const services = [ApplicationsRepository, ApplicationAccess];

/** Cycles, forms, applications, evidence: what a designer does in the portal. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Application, ApplicationHistory, Attachment, Cycle, CycleCounter, FormVersion])],
  providers: [...services],
  exports: [...services],
})
export class ApplicationsModule {}
