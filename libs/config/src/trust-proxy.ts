import { isIP } from 'net';
import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/** What Fastify's `trustProxy` option receives: nothing, a hop count, or trusted addresses. */
export type TrustProxySetting = false | number | string[];

/** proxy-addr's names for address ranges, accepted in the list as Fastify accepts them. */
const RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const MAX_HOPS = 10;

function isAddressOrRange(entry: string): boolean {
  if (RANGE_NAMES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !isIP(address)) return false;
  if (bits === undefined) return true;
  const max = isIP(address) === 4 ? 32 : 128;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= max;
}

/** Reads TRUST_PROXY; undefined when the value is not one of the accepted forms. */
export function parseTrustProxy(value: string): TrustProxySetting | undefined {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'false' || trimmed === '0') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) <= MAX_HOPS ? Number(trimmed) : undefined;
  const entries = trimmed.split(',').map((e) => e.trim()).filter(Boolean);
  return entries.length > 0 && entries.every(isAddressOrRange) ? entries : undefined;
}

@ValidatorConstraint({ name: 'trustProxy' })
export class TrustProxyConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseTrustProxy(value) !== undefined;
  }

  defaultMessage(): string {
    return (
      `TRUST_PROXY must be false, a hop count (1-${MAX_HOPS}: the number of proxies in front of the API) or a comma-separated list of ` +
      'proxy addresses or CIDR ranges; `true` is refused because trusting every hop lets any client choose its own address'
    );
  }
}
