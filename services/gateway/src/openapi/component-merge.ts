import { isJsonObject, type Json, type JsonObject } from './openapi-31';

/**
 * Components of several documents in one `components` object. A name seen before with the same
 * definition is shared (every service's `Problem`); a name taken by a different definition is
 * renamed after its source (`ContactsProblem`), and the source's `$ref`s are rewritten to match.
 * Security schemes are not merged: the /v1 document declares the gateway's own.
 */
export class ComponentMerge {
  readonly components: Record<string, JsonObject> = {};

  /** Adds a document's components; returns the document's paths with `$ref`s renamed. */
  add(label: string, document: JsonObject): JsonObject {
    const renames = new Map<string, string>();
    const placed: [kind: string, name: string][] = [];
    const components = isJsonObject(document['components']) ? document['components'] : {};
    for (const [kind, entries] of Object.entries(components)) {
      if (kind === 'securitySchemes' || !isJsonObject(entries)) continue;
      const merged = (this.components[kind] ??= {});
      for (const [name, definition] of Object.entries(entries)) {
        const kept = this.place(merged, label, name, definition);
        placed.push([kind, kept]);
        if (kept !== name)
          renames.set(`#/components/${kind}/${name}`, `#/components/${kind}/${kept}`);
      }
    }
    // This source's definitions may point at each other under their old names; others' may not.
    for (const [kind, name] of placed) {
      const merged = this.components[kind] ?? {};
      merged[name] = renameRefs(merged[name] ?? null, renames);
    }
    const paths = isJsonObject(document['paths']) ? document['paths'] : {};
    return renameRefs(paths, renames) as JsonObject;
  }

  private place(merged: JsonObject, label: string, name: string, definition: Json): string {
    const existing = merged[name];
    if (existing === undefined || canonical(existing) === canonical(definition)) {
      merged[name] = definition;
      return name;
    }
    const base = `${label.charAt(0).toUpperCase()}${label.slice(1)}${name}`;
    let renamed = base;
    for (let n = 2; merged[renamed] !== undefined; n++) renamed = `${base}${n}`;
    merged[renamed] = definition;
    return renamed;
  }
}

function renameRefs(value: Json, renames: ReadonlyMap<string, string>): Json {
  if (renames.size === 0) return value;
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, renames));
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? (renames.get(inner) ?? inner)
        : renameRefs(inner, renames),
    ]),
  );
}

/** JSON with object keys sorted, so that equal definitions compare equal whatever their order. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (!isJsonObject(value)) return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key] ?? null)}`).join(',')}}`;
}
