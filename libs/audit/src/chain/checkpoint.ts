import { createHash, createPublicKey, KeyObject, sign, verify } from 'crypto';

const FORMAT = 'title-portal.audit-checkpoint.v1';

/** What a checkpoint attests: at `signedAt` the chain ended at entry `seq` with `hash`, `count` entries long. */
export interface CheckpointClaim {
  seq: string;
  hash: string;
  count: string;
  signedAt: string;
}

/** A checkpoint as written (one JSON file): the claim, the signing key's id and the Ed25519 signature. */
export interface SignedCheckpoint extends CheckpointClaim {
  format: typeof FORMAT;
  keyId: string;
  /** base64 Ed25519 signature of signedText(claim, keyId). */
  signature: string;
}

/** The bytes signed: a JSON array, so the order of a file's keys never matters. */
function signedText(c: CheckpointClaim, keyId: string): string {
  return JSON.stringify([FORMAT, c.seq, c.hash, c.count, c.signedAt, keyId]);
}

/** First 16 hex characters of the SHA-256 of the public key (SPKI DER): names the key a checkpoint was signed with. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16);
}

export function signCheckpoint(claim: CheckpointClaim, privateKey: KeyObject): SignedCheckpoint {
  const keyId = keyIdOf(createPublicKey(privateKey));
  const signature = sign(null, Buffer.from(signedText(claim, keyId), 'utf8'), privateKey).toString('base64');
  return { format: FORMAT, seq: claim.seq, hash: claim.hash, count: claim.count, signedAt: claim.signedAt, keyId, signature };
}

/**
 * The checkpoint's claim when `value` is a well-formed checkpoint whose signature the public key
 * accepts; null otherwise (changed, forged, signed by another key, or not a checkpoint at all).
 */
export function checkCheckpoint(value: unknown, publicKey: KeyObject): SignedCheckpoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Record<string, unknown>;
  const strings = ['seq', 'hash', 'count', 'signedAt', 'keyId', 'signature'].every((k) => typeof c[k] === 'string');
  if (c.format !== FORMAT || !strings || !/^\d+$/.test(c.seq as string) || !/^\d+$/.test(c.count as string) || !/^[0-9a-f]{64}$/.test(c.hash as string)) return null;
  const checkpoint = c as unknown as SignedCheckpoint;
  const ok = verify(null, Buffer.from(signedText(checkpoint, checkpoint.keyId), 'utf8'), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  return ok && checkpoint.keyId === keyIdOf(publicKey) ? checkpoint : null;
}
