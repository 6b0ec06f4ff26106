import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * Which network addresses a webhook may be sent to. A receiver URL is chosen by a partner app, so
 * without this the gateway's worker would POST wherever it is told: the cloud metadata service
 * (169.254.169.254, fd00:ec2::254), the internal network, or the services on its own loopback
 * (SSRF). Only public unicast addresses pass; IPv6 forms that embed an IPv4 address are judged
 * by that address (IPv4-mapped) or refused (NAT64, 6to4, Teredo: the embedded host is not ours
 * to vouch for). The loopback passes only when the switch for local receivers is on.
 */
export function refusalOf(address: string, allowLoopback: boolean): string | undefined {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  if (range === 'loopback' && allowLoopback) return undefined;
  return `${address} is a ${range} address`;
}

/** Why a host written as an IP address is refused; undefined for names and allowed addresses. */
export function literalRefusal(hostname: string, allowLoopback: boolean): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? refusalOf(bare, allowLoopback) : undefined;
}

/** A receiver whose host is, or resolves to, an address webhooks may not reach. */
export class ReceiverRefused extends Error {}

export interface ResolvedAddress {
  readonly address: string;
  readonly family: number;
}

export type Resolve = (hostname: string) => Promise<readonly ResolvedAddress[]>;

const resolveAll: Resolve = (hostname) => lookup(hostname, { all: true, verbatim: true });

/**
 * Every address the host resolves to, once all of them pass (one private address among public
 * ones is enough to refuse: which one a connection picks is not ours to choose).
 */
export async function allowedAddresses(
  hostname: string,
  allowLoopback: boolean,
  resolve: Resolve = resolveAll,
): Promise<readonly ResolvedAddress[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = ipaddr.isValid(bare)
      ? [{ address: bare, family: bare.includes(':') ? 6 : 4 }]
      : await resolve(bare);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unresolvable';
    throw new ReceiverRefused(`${hostname} does not resolve (${code})`);
  }
  if (addresses.length === 0) throw new ReceiverRefused(`${hostname} does not resolve`);
  for (const { address } of addresses) {
    const refusal = refusalOf(address, allowLoopback);
    if (refusal) throw new ReceiverRefused(`${hostname}: ${refusal}`);
  }
  return addresses;
}
