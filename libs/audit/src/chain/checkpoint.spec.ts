import { createPublicKey, generateKeyPairSync } from 'crypto';
import { generateAuditSigningKey, parseAuditSigningKey } from '@app/config';
import { checkCheckpoint, keyIdOf, signCheckpoint } from './checkpoint';

describe('audit checkpoints', () => {
  const privateKey = parseAuditSigningKey(generateAuditSigningKey())!;
  const publicKey = createPublicKey(privateKey);
  const claim = { seq: '42', hash: 'a'.repeat(64), count: '42', signedAt: '2026-12-06T12:00:00.000Z' };

  it('accepts a checkpoint signed with the key, whatever the order of its fields', () => {
    const signed = signCheckpoint(claim, privateKey);
    expect(signed).toMatchObject({ ...claim, keyId: keyIdOf(publicKey) });
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(signed))).reverse());
    expect(checkCheckpoint(reordered, publicKey)).toEqual(signed);
  });

  it('refuses a changed claim, another key, and anything that is not a checkpoint', () => {
    const signed = signCheckpoint(claim, privateKey);
    for (const change of [{ seq: '43' }, { hash: 'b'.repeat(64) }, { count: '41' }, { signedAt: '2027-01-01T00:00:00.000Z' }, { keyId: '0'.repeat(16) }]) {
      expect(checkCheckpoint({ ...signed, ...change }, publicKey)).toBeNull();
    }
    const other = generateKeyPairSync('ed25519').privateKey;
    expect(checkCheckpoint(signCheckpoint(claim, other), publicKey)).toBeNull();
    for (const junk of [null, 'checkpoint', {}, { ...signed, seq: 42 }, { ...signed, format: 'v0' }]) expect(checkCheckpoint(junk, publicKey)).toBeNull();
  });

  it('reads the key as PEM or as base64 DER, and only an Ed25519 one', () => {
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(parseAuditSigningKey(pem)?.asymmetricKeyType).toBe('ed25519');
    expect(parseAuditSigningKey(pem.replace(/\n/g, '\\n'))?.asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(parseAuditSigningKey(rsa)).toBeUndefined();
    expect(parseAuditSigningKey('not a key')).toBeUndefined();
  });
});
