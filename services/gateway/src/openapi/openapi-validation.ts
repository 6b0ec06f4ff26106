import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Json } from './openapi-31';

export interface OpenApiValidation {
  readonly valid: boolean;
  /** The OpenAPI version the validator read the document as (`3.1`). */
  readonly version: string;
  readonly errors: unknown;
}

/**
 * Validates a document with @seriousme/openapi-schema-validator (the official OpenAPI JSON
 * schemas, 3.1 included). It is an ES module, which Jest's CommonJS runtime cannot load, so it
 * runs in a child Node process that reads the document on stdin. For specs only.
 */
export function validateOpenApi(document: Json): OpenApiValidation {
  const entry = pathToFileURL(require.resolve('@seriousme/openapi-schema-validator')).href;
  const script = [
    `import { Validator } from ${JSON.stringify(entry)};`,
    "import { readFileSync } from 'node:fs';",
    'const validator = new Validator();',
    'const result = await validator.validate(JSON.parse(readFileSync(0, "utf8")));',
    'console.log(JSON.stringify({ valid: result.valid, version: validator.version, errors: result.errors ?? null }));',
  ].join('\n');
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as OpenApiValidation;
}
