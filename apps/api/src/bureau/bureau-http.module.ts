import { Module } from '@nestjs/common';
import { CertificatesModule } from '@app/certificates';
import { BureauController } from './bureau.controller';

/** HTTP routes of the human-resources bureau's officer: confirmation batches and the filing export. */
@Module({ imports: [CertificatesModule], controllers: [BureauController] })
export class BureauHttpModule {}
