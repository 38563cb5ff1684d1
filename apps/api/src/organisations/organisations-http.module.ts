import { Module } from '@nestjs/common';
import { OrganisationsModule } from '@app/organisations';
import { AdminOrganisationsController } from './admin-organisations.controller';
import { ApplicationRecommendationController, UnitFilesController } from './unit-files.controller';

/** HTTP routes for organisations, their officers and the recommending unit's stage. */
@Module({ imports: [OrganisationsModule], controllers: [AdminOrganisationsController, UnitFilesController, ApplicationRecommendationController] })
export class OrganisationsHttpModule {}
