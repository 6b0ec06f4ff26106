/** What a contact is recognised by when an import may bring the same person in twice. */
export interface DedupeCandidate {
  givenName: string;
  familyName: string;
  email?: string;
  linkedinUrl?: string;
  organisation?: string;
}

const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'plc',
  'co',
  'corp',
  'corporation',
  'sa',
  'ag',
  'bv',
]);

/** Letters that NFKD leaves whole, spelt the way people type them without the diacritic. */
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Keys under which two contacts count as the same person: any shared key is a match. Email and
 * LinkedIn profile identify a person; name + organisation only when an organisation is known,
 * since a name alone is shared by too many people.
 */
export function dedupeKeys(contact: DedupeCandidate): string[] {
  const keys: string[] = [];
  const email = normaliseEmail(contact.email);
  if (email !== undefined) {
    keys.push(`email:${email}`);
  }
  const profilePath = linkedInProfilePath(contact.linkedinUrl);
  if (profilePath !== undefined) {
    keys.push(`linkedin:${profilePath}`);
  }
  const name = normaliseWords(`${contact.givenName} ${contact.familyName}`);
  const organisation = normaliseOrganisation(contact.organisation ?? '');
  if (name !== '' && organisation !== '') {
    keys.push(`name-org:${name}|${organisation}`);
  }
  return keys;
}

/** Case-folded only: dots and +tags are meaningful at most providers, so they are kept. */
export function normaliseEmail(email: string | undefined): string | undefined {
  const normalised = email?.trim().toLowerCase();
  return normalised ? normalised : undefined;
}

/** `https://www.linkedin.com/in/<slug>` for any spelling of a profile URL, else undefined. */
export function normaliseLinkedInUrl(url: string | undefined): string | undefined {
  const path = linkedInProfilePath(url);
  if (path === undefined) {
    return undefined;
  }
  const [kind, ...segments] = path.split('/');
  return `https://www.linkedin.com/${kind}/${segments.map(encodeURIComponent).join('/')}`;
}

/** "in/<slug>" (or "pub/<path>" for old public profiles), decoded and lower-cased. */
function linkedInProfilePath(url: string | undefined): string | undefined {
  const text = url?.trim() ?? '';
  if (text === '') {
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const isLinkedIn = host === 'linkedin.com' || host.endsWith('.linkedin.com');
  if (!isLinkedIn || !['http:', 'https:'].includes(parsed.protocol)) {
    return undefined;
  }
  const segments = parsed.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeSegment(segment).normalize('NFC').toLowerCase());
  const [kind, ...rest] = segments;
  const slug = rest[0];
  if (kind === 'in' && slug !== undefined) {
    // Anything after the slug (/en, /details/experience) is a view of the same profile.
    return `in/${slug}`;
  }
  if (kind === 'pub' && slug !== undefined) {
    return `pub/${rest.join('/')}`;
  }
  return undefined;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function normaliseOrganisation(organisation: string): string {
  const words = normaliseWords(organisation).split(' ');
  // "Acme Co Ltd" is Acme; a name that is nothing but a suffix ("Co") stays as it is.
  while (words.length > 1 && LEGAL_SUFFIXES.has(words.at(-1) ?? '')) {
    words.pop();
  }
  return words.join(' ');
}

/** Lower case, no diacritics or punctuation, single spaces: "Zoë O'Brien" → "zoe obrien". */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/[\p{Pd}/_]/gu, ' ')
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
