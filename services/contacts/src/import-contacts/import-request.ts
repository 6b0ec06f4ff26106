import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { dataDifferences } from '@rapport/eventstore';
import { ConflictProblem } from '@rapport/platform/http';
import type { ContactSource } from '../domain/contact-details';
import type { ColumnMapping, ImportFormat } from './parsing';

/** What a dry run was asked, kept with its record so the same request again can be recognised. */
export interface ImportRequest {
  /** The file itself by its SHA-256: the rows follow from it and the options. */
  readonly fileSha256: string;
  readonly format: ImportFormat;
  readonly mapping?: ColumnMapping;
  readonly source?: ContactSource;
}

export function importRequestOf(
  file: Uint8Array,
  options: { format: ImportFormat; mapping?: ColumnMapping; source?: ContactSource },
): ImportRequest {
  return {
    fileSha256: createHash('sha256').update(file).digest('hex'),
    format: options.format,
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.source ? { source: options.source } : {}),
  };
}

/** Refuses a dry run under a taken id unless it asks what the stored one asked. */
export function assertSameImport(
  importId: string,
  asked: ImportRequest,
  stored: ImportRequest | undefined,
): void {
  // Records from before client-chosen ids carry no request: nothing to be a repeat of.
  const differences = stored ? dataDifferences(asked, stored) : ['file'];
  if (differences.length === 0) return;
  const named = differences.map((path) => (path === 'fileSha256' ? 'file' : path));
  throw new ConflictProblem(
    `import ${importId} already exists with another request (${named.join(', ')})`,
    { reason: 'import-exists', differences: named },
  );
}

/**
 * Waits a little for a record that a concurrent request with the same id is writing (its rows go
 * first, the record last): undefined if none appears, when that request has evidently failed.
 */
export async function awaitRecord<T>(read: () => Promise<T | null>): Promise<T | undefined> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const record = await read();
    if (record) return record;
    await delay(50);
  }
  return undefined;
}
