import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@app/applications';
import { OrganisationsModule } from '@app/organisations';
import { ApplicationsController } from './applications.controller';
import { CyclesController } from './cycles.controller';
import { PublicInformationController } from './public-information.controller';
import { FormsController } from './forms.controller';
import { AttachmentsController } from './attachments.controller';
import { QualificationController } from './qualification.controller';
import { AdminApplicationExportsController } from './admin-application-exports.controller';
import { ApplicationTrackingController } from './application-tracking.controller';

/** HTTP routes for cycles, forms, applications and their evidence. */
@Module({
  // The qualification queue shows each file's recommendation (libs/organisations).
  imports: [ApplicationsModule, OrganisationsModule],
  controllers: [CyclesController, PublicInformationController, FormsController, ApplicationsController, AttachmentsController, QualificationController, AdminApplicationExportsController, ApplicationTrackingController],
})
export class ApplicationsHttpModule {}
