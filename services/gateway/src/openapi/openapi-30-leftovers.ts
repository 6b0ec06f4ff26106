import { isJsonObject, type Json } from './openapi-31';

// Keywords whose values are data, not schemas: whatever they hold is not a leftover.
const DATA_KEYWORDS = new Set(['default', 'enum', 'const', 'examples', 'example']);

/**
 * Where a document still says things the OpenAPI 3.0 way (`nullable`, boolean exclusive bounds,
 * `example` inside a schema). The 3.1 schema accepts them as unknown keywords, so a validator
 * does not notice; a 3.1 reader ignores them and gets the meaning wrong.
 */
export function openApi30Leftovers(document: Json): string[] {
  const found: string[] = [];
  const visit = (value: Json, at: string, inSchema: boolean): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${at}/${i}`, inSchema));
      return;
    }
    if (!isJsonObject(value)) return;
    if (inSchema) {
      if ('nullable' in value) found.push(`${at}: nullable`);
      if ('example' in value) found.push(`${at}: example`);
      for (const bound of ['exclusiveMinimum', 'exclusiveMaximum']) {
        if (typeof value[bound] === 'boolean') found.push(`${at}: boolean ${bound}`);
      }
    }
    for (const [key, inner] of Object.entries(value)) {
      if (inSchema && DATA_KEYWORDS.has(key)) continue;
      if (!inSchema && (key === 'example' || key === 'examples')) continue;
      const schemaHere = inSchema || key === 'schema' || at.endsWith('/components/schemas');
      visit(inner, `${at}/${key}`, schemaHere);
    }
  };
  visit(document, '', false);
  return found;
}
