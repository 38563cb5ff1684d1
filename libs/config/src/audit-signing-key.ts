import { createPrivateKey, generateKeyPairSync, KeyObject } from 'crypto';
import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/**
 * The Ed25519 private key of AUDIT_SIGNING_KEY: a PKCS#8 PEM, or its DER in base64 (one line,
 * what fits a .env file). Undefined when the text is neither, or a key of another kind.
 */
export function parseAuditSigningKey(text: string): KeyObject | undefined {
  try {
    const key = text.includes('-----BEGIN')
      ? createPrivateKey({ key: text.replace(/\\n/g, '\n'), format: 'pem' })
      : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** A new Ed25519 signing key in AUDIT_SIGNING_KEY's one-line form (base64 PKCS#8 DER). */
export function generateAuditSigningKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
}

@ValidatorConstraint({ name: 'ed25519PrivateKey' })
export class AuditSigningKeyConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseAuditSigningKey(value) !== undefined;
  }

  defaultMessage(): string {
    return 'must be an Ed25519 private key: PKCS#8 PEM, or its DER in base64';
  }
}
