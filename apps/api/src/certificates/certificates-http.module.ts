import { Module } from '@nestjs/common';
import { CertificatesModule } from '@app/certificates';
import { ApplicationsModule } from '@app/applications';
import { CertificatesController, PublicCertificatesController, RevocationController } from './certificates.controller';

/** HTTP routes for certificates: the PDF, public verification, revocation. */
@Module({ imports: [CertificatesModule, ApplicationsModule], controllers: [CertificatesController, RevocationController, PublicCertificatesController] })
export class CertificatesHttpModule {}
