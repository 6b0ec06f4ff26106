/** One content line of a card: `[group.]NAME;PARAM=a,b;BARE:value` with the value still encoded. */
export interface VCardProperty {
  name: string;
  params: ReadonlyMap<string, readonly string[]>;
  rawValue: string;
}

/** Returns undefined for a line that is not a property (vCard 2.1 base64 leftovers, stray text). */
export function parseContentLine(line: string): VCardProperty | undefined {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line.charAt(index);
    if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ';') {
      parts.push(current);
      current = '';
      continue;
    } else if (!quoted && character === ':') {
      parts.push(current);
      return property(parts, line.slice(index + 1));
    }
    current += character;
  }
  return undefined;
}

function property(parts: readonly string[], rawValue: string): VCardProperty | undefined {
  const [qualifiedName = '', ...rawParams] = parts;
  const name = qualifiedName
    .slice(qualifiedName.lastIndexOf('.') + 1)
    .trim()
    .toUpperCase();
  if (name === '') {
    return undefined;
  }
  const params = new Map<string, string[]>();
  for (const rawParam of rawParams) {
    const equals = rawParam.indexOf('=');
    // vCard 2.1 writes bare types: "TEL;CELL;PREF:…" means TYPE=CELL,PREF.
    const key = equals === -1 ? 'TYPE' : rawParam.slice(0, equals).trim().toUpperCase();
    const values = equals === -1 ? [rawParam] : splitParamValues(rawParam.slice(equals + 1));
    params.set(key, [...(params.get(key) ?? []), ...values.map((value) => value.trim())]);
  }
  return { name, params, rawValue };
}

function splitParamValues(text: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of text) {
    if (character === '"') {
      quoted = !quoted;
    } else if (character === ',' && !quoted) {
      values.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  values.push(current);
  return values;
}

export function paramIncludes(property: VCardProperty, key: string, value: string): boolean {
  const wanted = value.toLowerCase();
  return (property.params.get(key) ?? []).some((candidate) => candidate.toLowerCase() === wanted);
}

/** The value as a single text (RFC 6350 §3.4 escapes undone). */
export function textValue(property: VCardProperty): string {
  return unescapeText(decodedValue(property));
}

/** The components of a structured value such as N or ORG, each a list joined with spaces. */
export function textComponents(property: VCardProperty): string[] {
  return splitUnescaped(decodedValue(property), ';').map((component) =>
    splitUnescaped(component, ',').map(unescapeText).join(' ').trim(),
  );
}

/** The items of a list value such as CATEGORIES. */
export function textList(property: VCardProperty): string[] {
  return splitUnescaped(decodedValue(property), ',').map(unescapeText);
}

function decodedValue(property: VCardProperty): string {
  if (!paramIncludes(property, 'ENCODING', 'quoted-printable')) {
    return property.rawValue;
  }
  return decodeQuotedPrintable(property.rawValue, property.params.get('CHARSET')?.[0] ?? 'utf-8');
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < value.length; index += 1) {
    const hex = value.slice(index + 1, index + 3);
    if (value[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else if (value[index] !== '=') {
      bytes.push(...encoder.encode(value.charAt(index)));
    }
  }
  return decodeInCharset(new Uint8Array(bytes), charset);
}

function decodeInCharset(bytes: Uint8Array, charset: string): string {
  let decoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    // An unknown charset label: UTF-8 is what phones write in practice.
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** Splits at separators not preceded by a backslash; escapes stay in the pieces. */
function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value.charAt(index);
    if (character === '\\') {
      current += character + value.charAt(index + 1);
      index += 1;
    } else if (character === separator) {
      pieces.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  pieces.push(current);
  return pieces;
}

/** `\:` is not in the RFC but Apple writes it in URLs; unknown escapes keep their backslash. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;:nN])/g, (_escape, character: string) =>
    character === 'n' || character === 'N' ? '\n' : character,
  );
}
