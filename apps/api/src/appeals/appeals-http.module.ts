import { Module } from '@nestjs/common';
import { AppealsModule } from '@app/appeals';
import { AppealsController, LodgeAppealController } from './appeals.controller';

/** HTTP routes for appeals. */
@Module({ imports: [AppealsModule], controllers: [LodgeAppealController, AppealsController] })
export class AppealsHttpModule {}
