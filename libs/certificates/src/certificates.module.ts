import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { Certificate } from './entities/certificate.entity';
import { CertificateCounter } from './entities/certificate-counter.entity';
import { CertificatesRepository } from './services/certificates.repository';
import { CertificatesService } from './services/certificates.service';
import { RevocationService } from './services/revocation.service';

const services = [CertificatesService, RevocationService];

/** Certificates of approved titles: issue, PDF, public verification, revocation. */
@Module({
  imports: [TypeOrmModule.forFeature([Certificate, CertificateCounter]), ApplicationsModule, IdentityModule],
  providers: [CertificatesRepository, ...services],
  exports: services,
})
export class CertificatesModule {}
