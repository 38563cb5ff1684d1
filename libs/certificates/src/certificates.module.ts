import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { OrganisationsModule } from '@app/organisations';
import { Certificate } from './entities/certificate.entity';
import { ConfirmationBatch, ConfirmationBatchFile } from './entities/confirmation-batch.entity';
import { CertificateCounter } from './entities/certificate-counter.entity';
import { CertificatesRepository } from './services/certificates.repository';
import { CertificatesService } from './services/certificates.service';
import { RevocationService } from './services/revocation.service';
import { ConfirmationRepository } from './services/confirmation.repository';
import { ConfirmationService } from './services/confirmation.service';

const services = [CertificatesService, RevocationService, ConfirmationService];

/** Certificates of approved titles: the bureau's confirmation that issues them (and its filing export), PDF, public verification, revocation. */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateCounter, ConfirmationBatch, ConfirmationBatchFile]), ApplicationsModule, IdentityModule, OrganisationsModule],
  providers: [CertificatesRepository, ConfirmationRepository, ...services],
  exports: services,
})
export class CertificatesModule {}
