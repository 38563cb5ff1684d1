export * from './certificates.errors';
export * from './certificates.module';
export * from './entities/certificate.entity';
export * from './domain/certificate-number';
export * from './domain/certificate-text';
export * from './services/certificates.service';
export * from './services/revocation.service';
export * from './pdf/certificate-pdf';
