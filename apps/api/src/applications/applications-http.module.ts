import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@app/applications';
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
  imports: [ApplicationsModule],
  controllers: [CyclesController, PublicInformationController, FormsController, ApplicationsController, AttachmentsController, QualificationController, AdminApplicationExportsController, ApplicationTrackingController],
})
export class ApplicationsHttpModule {}
