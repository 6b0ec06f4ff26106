/** How a thread token appears in the reply address `reply+<token>@<reply domain>`. */
const TOKEN = /^[A-Za-z0-9_-]{8,128}$/;
const ADDRESS = /[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/g;
const MESSAGE_ID = /<([^<>\s]{1,500})>/g;

/** Every address mentioned in an address list header ("Ada <a@x>, b@y"). */
export function addressesIn(list: string | undefined): string[] {
  return list?.match(ADDRESS) ?? [];
}

/** What the recipients say about the thread the mail was sent to. */
export type ThreadAddress =
  | { readonly found: 'token'; readonly token: string }
  | { readonly found: 'malformed'; readonly address: string }
  | { readonly found: 'other-domain' }
  | { readonly found: 'none' };

/**
 * The thread token of the first reply address at our reply domain, in the order given (the SMTP
 * envelope first: it is where the mail was actually delivered). The domain compares without case;
 * the token is kept exactly as written.
 */
export function threadAddressIn(addresses: readonly string[], replyDomain: string): ThreadAddress {
  const domain = replyDomain.toLowerCase();
  let sawOtherDomain = false;
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    const local = address.slice(0, at);
    if (!/^reply\+/i.test(local)) continue;
    if (address.slice(at + 1).toLowerCase() !== domain) {
      sawOtherDomain = true;
      continue;
    }
    const token = local.slice('reply+'.length);
    return TOKEN.test(token) ? { found: 'token', token } : { found: 'malformed', address };
  }
  return sawOtherDomain ? { found: 'other-domain' } : { found: 'none' };
}

/** The values of one header in a raw header block (folded lines joined), in order. */
export function headerValues(rawHeaders: string, name: string): string[] {
  const unfolded = rawHeaders.replace(/\r?\n[ \t]+/g, ' ');
  const wanted = name.toLowerCase();
  return unfolded.split(/\r?\n/).flatMap((line) => {
    const colon = line.indexOf(':');
    if (colon <= 0 || line.slice(0, colon).trim().toLowerCase() !== wanted) return [];
    return [line.slice(colon + 1).trim()];
  });
}

/** The message ids in a Message-ID / In-Reply-To value, without their angle brackets. */
export function messageIdsIn(value: string | undefined): string[] {
  return [...(value ?? '').matchAll(MESSAGE_ID)].map((match) => match[1]!);
}

/** The header block of a whole MIME message: everything before the first empty line. */
export function headerBlockOf(message: string): string {
  const end = message.search(/\r?\n\r?\n/);
  return end < 0 ? message : message.slice(0, end);
}
