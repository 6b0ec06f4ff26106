import { importedContact, splitFullName } from './imported-contact-fields';
import {
  IMPORT_LIMITS,
  ImportFileError,
  type ImportedContact,
  type ImportedRow,
} from './imported-row';
import { splitVCards } from './split-vcards';
import {
  paramIncludes,
  parseContentLine,
  textComponents,
  textList,
  textValue,
  type VCardProperty,
} from './vcard-property';

/** Preference when a card has no PREF at all; RFC 6350 ranks 1 (most) to 100 (least). */
const UNPREFERRED = 101;

/**
 * Reads vCard 2.1, 3.0 and 4.0 files with a small parser of our own. Of the libraries weighed,
 * vcard4 reads 4.0 only, and ical.js and vcf stumble on what phones export (bare 2.1 parameters,
 * quoted-printable soft line breaks) and cannot say which card is broken; we need a dozen
 * properties, not a full model.
 */
export function parseVCards(text: string): ImportedRow[] {
  const cards = splitVCards(text);
  if (cards.length > IMPORT_LIMITS.maxRows) {
    throw new ImportFileError(
      'too_large',
      `The file has ${cards.length} cards; ` +
        `at most ${IMPORT_LIMITS.maxRows} can be imported at once.`,
    );
  }
  return cards.map((card) => ({
    row: card.ordinal,
    contact: contactFromProperties(
      card.contentLines.map(parseContentLine).filter((property) => property !== undefined),
    ),
  }));
}

function contactFromProperties(properties: readonly VCardProperty[]): ImportedContact {
  const named = (...names: string[]) =>
    properties.filter((property) => names.includes(property.name));
  const first = (name: string) => named(name)[0];

  const structuredName = first('N');
  const [familyName = '', givenName = ''] = structuredName ? textComponents(structuredName) : [];
  const formattedName = first('FN');
  const names =
    givenName === '' && familyName === '' && formattedName
      ? splitFullName(textValue(formattedName))
      : { givenName, familyName };

  const organisation = first('ORG');
  const role = first('TITLE') ?? first('ROLE');
  const linkedin = named('URL', 'X-SOCIALPROFILE', 'SOCIALPROFILE')
    .map(textValue)
    .find((url) => url.toLowerCase().includes('linkedin.com'));

  return importedContact({
    ...names,
    email: preferredText(named('EMAIL')),
    phone: preferredText(named('TEL'))?.replace(/^tel:/i, ''),
    organisation: organisation ? textComponents(organisation)[0] : undefined,
    role: role ? textValue(role) : undefined,
    linkedinUrl: linkedin,
    tags: named('CATEGORIES').flatMap(textList),
    howWeMet: named('NOTE').map(textValue).join('\n'),
  });
}

/** The value of the most preferred non-empty property; ties go to the one written first. */
function preferredText(properties: readonly VCardProperty[]): string | undefined {
  let best: { value: string; rank: number } | undefined;
  for (const property of properties) {
    const value = textValue(property).trim();
    const rank = preferenceRank(property);
    if (value !== '' && (best === undefined || rank < best.rank)) {
      best = { value, rank };
    }
  }
  return best?.value;
}

/** vCard 4.0 says PREF=1..100; 3.0 and 2.1 say TYPE=pref (or a bare PREF). */
function preferenceRank(property: VCardProperty): number {
  const pref = Number(property.params.get('PREF')?.[0]);
  if (Number.isInteger(pref) && pref >= 1 && pref <= 100) {
    return pref;
  }
  return paramIncludes(property, 'TYPE', 'pref') ? 1 : UNPREFERRED;
}
