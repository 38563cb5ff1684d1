import { AppConfig, ConfigValidationError, validateEnvironment } from '@app/config';
import { evidenceStorageFor } from './evidence-storage.module';
import { LocalDiskStorage } from './local-disk.storage';
import { S3EvidenceStorage } from './s3.storage';

const S3 = {
  STORAGE_DRIVER: 's3',
  S3_ENDPOINT: 'https://minio.internal:9000',
  S3_REGION: 'us-east-1',
  S3_BUCKET: 'title-portal-evidence',
  S3_ACCESS_KEY_ID: 'portal',
  S3_SECRET_ACCESS_KEY: 'Sup3r-secret-key/value+',
  S3_FORCE_PATH_STYLE: 'true',
};

function problems(env: Record<string, string>): string[] {
  try {
    validateEnvironment(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
}

describe('storage settings', () => {
  it('keeps evidence on local disk by default, with no S3 setting needed', () => {
    const config = validateEnvironment({});
    expect(config.STORAGE_DRIVER).toBe('local');
    expect(config.S3_FORCE_PATH_STYLE).toBe(false);
    expect(evidenceStorageFor(Object.assign(new AppConfig(), config))).toBeInstanceOf(LocalDiskStorage);
  });

  it('accepts a complete s3 configuration and picks the S3 store', () => {
    const config = validateEnvironment(S3);
    expect(config).toMatchObject({ STORAGE_DRIVER: 's3', S3_BUCKET: 'title-portal-evidence', S3_FORCE_PATH_STYLE: true });
    const storage = evidenceStorageFor(Object.assign(new AppConfig(), config));
    expect(storage).toBeInstanceOf(S3EvidenceStorage);
    (storage as S3EvidenceStorage).onModuleDestroy();
    // No endpoint: AWS S3 of the region.
    expect(problems({ ...S3, S3_ENDPOINT: '' })).toEqual([]);
  });

  it('names every missing setting when the driver is s3', () => {
    const found = problems({ STORAGE_DRIVER: 's3' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^S3_REGION is required when STORAGE_DRIVER=s3/),
        expect.stringMatching(/^S3_BUCKET is required when STORAGE_DRIVER=s3/),
        'S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3',
        'S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3',
      ]),
    );
    expect(found).toHaveLength(4);
  });

  it('refuses an unknown driver, a bucket that is no bucket name and an endpoint with a path', () => {
    expect(problems({ STORAGE_DRIVER: 'ftp' })).toEqual(['STORAGE_DRIVER must be local or s3']);
    expect(problems({ ...S3, S3_BUCKET: 'Evidence_Bucket' })).toEqual([expect.stringMatching(/^S3_BUCKET .*bucket name/)]);
    expect(problems({ ...S3, S3_ENDPOINT: 'https://minio.internal:9000/evidence' })).toEqual([expect.stringMatching(/^S3_ENDPOINT must be an http\(s\) URL with no path/)]);
  });

  it('never repeats the secret key in a validation message', () => {
    const found = problems({ ...S3, S3_REGION: 'Bad Region', S3_BUCKET: 'x', S3_ENDPOINT: 'ftp://x' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).not.toContain(S3.S3_SECRET_ACCESS_KEY);
  });
});
