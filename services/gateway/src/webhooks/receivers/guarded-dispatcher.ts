import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent } from 'undici';
import { allowedAddresses, type Resolve } from './receiver-addresses';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * An HTTP agent whose connections resolve their host through the receiver check, at the moment
 * they connect. Checking the URL first and connecting later would let a host that answers DNS
 * with a public address, then a private one (rebinding), through; here the address checked is
 * the address connected to. IP literals skip DNS, so the caller checks those before sending.
 */
export function guardedDispatcher(allowLoopback: boolean, resolve?: Resolve): Agent {
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    allowedAddresses(hostname, allowLoopback, resolve).then(
      (addresses) => {
        const wanted = addresses.filter(
          ({ family }) => !options.family || options.family === family,
        );
        const chosen = wanted.length > 0 ? wanted : addresses;
        if (options.all) {
          callback(
            null,
            chosen.map(({ address, family }) => ({ address, family })),
          );
          return;
        }
        const [first] = chosen;
        callback(null, first?.address ?? '', first?.family);
      },
      (error: Error) => callback(Object.assign(error, { code: 'ERECEIVERREFUSED' }), ''),
    );
  };
  return new Agent({ connect: { lookup } });
}
