import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKeyError } from '@rapport/platform';
import { ConflictProblem, NotFoundProblem, type RequestContext } from '@rapport/platform/http';
import { DB } from '@rapport/service-skeleton';
import type { ContactSource } from '../domain/contact-details';
import { ContactKeys } from '../shared/contact-keys';
import { ContactWriter } from '../shared/contact-writer';
import { type FreshRow, rowStreams } from './commit-streams';
import { type ImportSummary, planImport, type RowOutcome, summarise } from './import-plan';
import {
  assertSameImport,
  awaitRecord,
  type ImportRequest,
  importRequestOf,
} from './import-request';
import { type ColumnMapping, type ImportFormat, parseImportFile } from './parsing';

/** What is stored per import; its rows live apart, a chunk per document (see RowChunk). */
export interface ImportRecord {
  _id: string;
  tenantId: string;
  memberId: string;
  format: ImportFormat;
  source?: ContactSource;
  status: 'previewed' | 'committing' | 'committed';
  createdAt: Date;
  startedAt?: Date;
  committedAt?: Date;
  summary: ImportSummary;
  result?: ImportResult;
  /** What the dry run was asked (absent on records from before client-chosen ids). */
  request?: ImportRequest;
}

/** An import with the outcome of every row, as the API answers it. */
export type ImportDocument = ImportRecord & { rows: RowOutcome[] };

/**
 * Rows are stored in chunks beside the small import record: a 10,000-row plan is megabytes, and
 * FerretDB rewrites a whole document on every update, so status changes touch only the record.
 * A chunk holds its rows as one JSON string: FerretDB converts every nested value of a document
 * between BSON and its own JSON on each write and read, which for 1,000 nested rows costs hundreds
 * of milliseconds a chunk, and for one string next to nothing. (`rows`: chunks stored before.)
 */
interface RowChunk {
  _id: string;
  importId: string;
  index: number;
  rowsJson?: string;
  rows?: RowOutcome[];
}

const rowsOf = (chunk: RowChunk): RowOutcome[] =>
  chunk.rowsJson !== undefined ? (JSON.parse(chunk.rowsJson) as RowOutcome[]) : (chunk.rows ?? []);

const ROWS_PER_CHUNK = 1000;

export interface ImportResult {
  readonly added: number;
  /** Rows that were new at the dry run but matched a contact added since. */
  readonly duplicateSinceDryRun: number;
  /** Those rows (file row number → the contact they matched). */
  readonly clashedWith: Record<string, string>;
}

/** A commit that has not finished in this long was interrupted and may be run again. */
const STALE_COMMIT_MS = 5 * 60_000;

/**
 * Import in two steps. The dry run parses, validates and de-duplicates, stores the outcome of every
 * row and writes nothing else. The commit applies the rows that were new, each through the
 * AddContact decision, with bulk writes; contact ids derive from the import and the row, so a commit
 * interrupted and run again creates each contact once.
 */
@Injectable()
export class ContactImports {
  private readonly imports: Collection<ImportRecord>;
  private readonly chunks: Collection<RowChunk>;

  constructor(
    @Inject(DB) db: Db,
    @Inject(ContactWriter) private readonly writer: ContactWriter,
    @Inject(ContactKeys) private readonly keys: ContactKeys,
  ) {
    this.imports = db.collection<ImportRecord>('contact_imports');
    this.chunks = db.collection<RowChunk>('contact_import_rows');
  }

  /**
   * With a client-chosen `importId` the same request again (same file and options) answers as the
   * first did, the preview as it was made; another request under that id is a 409 naming what
   * differs, and an id another member holds is refused without saying more.
   */
  async dryRun(
    ctx: RequestContext,
    memberId: string,
    file: Uint8Array,
    options: {
      format: ImportFormat;
      mapping?: ColumnMapping;
      source?: ContactSource;
      importId?: string;
    },
  ): Promise<ImportDocument> {
    const request = importRequestOf(file, options);
    if (options.importId) {
      const repeat = await this.repeatOf(ctx, memberId, options.importId, request, false);
      if (repeat) return repeat;
    }
    const rows = parseImportFile(file, options.format, options.mapping);
    const owners = await this.keys.ownersFor(ctx.tenantId, memberId);
    const outcomes = planImport(rows, owners);
    const source = options.source ?? (options.format === 'linkedin' ? 'linkedin' : undefined);
    const record: ImportRecord = {
      _id: options.importId ?? this.writer.newId(),
      tenantId: ctx.tenantId,
      memberId,
      format: options.format,
      ...(source ? { source } : {}),
      status: 'previewed',
      createdAt: this.writer.clock(),
      summary: summarise(outcomes),
      request,
    };
    const chunks: RowChunk[] = [];
    for (let index = 0; index * ROWS_PER_CHUNK < outcomes.length; index++) {
      const rows = outcomes.slice(index * ROWS_PER_CHUNK, (index + 1) * ROWS_PER_CHUNK);
      chunks.push({
        _id: chunkId(record._id, index),
        importId: record._id,
        index,
        rowsJson: JSON.stringify(rows),
      });
    }
    try {
      // Rows first: a record is only ever visible with all of its rows.
      if (chunks.length > 0) await this.chunks.insertMany(chunks);
      await this.imports.insertOne(record);
    } catch (error) {
      // Another request with this id got there first: answered as a repeat of it, or refused.
      if (!options.importId || !isDuplicateKeyError(error)) throw error;
      const repeat = await this.repeatOf(ctx, memberId, options.importId, request, true);
      if (repeat) return repeat;
      throw new ConflictProblem(`import ${options.importId} is being created by another request`);
    }
    return { ...record, rows: outcomes };
  }

  /** The stored preview if `importId` is taken by this very request; see dryRun. */
  private async repeatOf(
    ctx: RequestContext,
    memberId: string,
    importId: string,
    request: ImportRequest,
    raced: boolean,
  ): Promise<ImportDocument | undefined> {
    const read = () => this.imports.findOne({ _id: importId });
    const record = raced ? await awaitRecord(read) : await read();
    if (!record) return undefined;
    if (record.tenantId !== ctx.tenantId || record.memberId !== memberId) {
      throw new ConflictProblem(`import id ${importId} is taken; choose another`, {
        reason: 'import-exists',
      });
    }
    assertSameImport(importId, request, record.request);
    // The preview as the first answer showed it, whatever the commit did since.
    const preview: ImportRecord = { ...record, status: 'previewed' };
    delete preview.startedAt;
    delete preview.committedAt;
    delete preview.result;
    return this.withRows(preview);
  }

  /**
   * The record's row chunks, each read by `_id`: their number follows from the summary. A filter on
   * `importId` made FerretDB decode every chunk of every import in the collection (the whole
   * collection, unbounded, read on each commit: seconds of a 10,000-row commit).
   */
  private async withRows(record: ImportRecord): Promise<ImportDocument> {
    const count = Math.ceil(record.summary.rows / ROWS_PER_CHUNK);
    const ids = Array.from({ length: count }, (_, index) => chunkId(record._id, index));
    const chunks = await Promise.all(ids.map((_id) => this.chunks.findOne({ _id })));
    const rows = chunks.flatMap((chunk, index) => {
      // Rows are stored before their record, so a record without all of them is damaged.
      if (!chunk) throw new Error(`import ${record._id} has lost its row chunk ${index}`);
      return rowsOf(chunk);
    });
    return { ...record, rows };
  }

  async find(ctx: RequestContext, memberId: string, importId: string): Promise<ImportDocument> {
    // By `_id` alone (the fast path), the owner checked here: another's import is not found.
    const record = await this.imports.findOne({ _id: importId });
    if (!record || record.tenantId !== ctx.tenantId || record.memberId !== memberId)
      throw new NotFoundProblem(`no import ${importId}`);
    return this.withRows(record);
  }

  async commit(ctx: RequestContext, memberId: string, importId: string): Promise<ImportDocument> {
    const now = this.writer.clock();
    const claimed = await this.imports.findOneAndUpdate(
      {
        _id: importId,
        tenantId: ctx.tenantId,
        memberId,
        $or: [
          { status: 'previewed' },
          { status: 'committing', startedAt: { $lt: new Date(now.getTime() - STALE_COMMIT_MS) } },
        ],
      },
      { $set: { status: 'committing', startedAt: now } },
      { returnDocument: 'after' },
    );
    if (!claimed) {
      const doc = await this.find(ctx, memberId, importId);
      if (doc.status === 'committed') return doc;
      throw new ConflictProblem(`import ${importId} is being committed by another request`);
    }
    const doc = await this.withRows(claimed);
    const result = await this.apply(ctx, doc);
    // One timestamp for the stored document and this answer, so a repeated commit answers the same.
    const committedAt = this.writer.clock();
    await this.imports.updateOne(
      { _id: importId },
      { $set: { status: 'committed', committedAt, result } },
    );
    return { ...doc, status: 'committed', committedAt, result };
  }

  private async apply(ctx: RequestContext, doc: ImportDocument): Promise<ImportResult> {
    const fresh: FreshRow[] = doc.rows.flatMap((o) =>
      o.outcome === 'new' ? [{ ...o, contactId: rowContactId(doc._id, o.row) }] : [],
    );
    const context = this.writer.appendContext(ctx);
    // The keys first: a row whose key another contact holds is not added. Meanwhile the rows'
    // events and read-model changes are worked out (see rowStreams).
    const [clashes, { streams, projected }] = await Promise.all([
      this.keys.reserveMany(
        ctx.tenantId,
        doc.memberId,
        fresh.map((o) => ({ contactId: o.contactId, keys: o.contact.keys })),
      ),
      rowStreams(this.writer, ctx, context, doc, fresh),
    ]);
    const toAdd = streams.filter((s) => !clashes.has(s.contactId));
    await this.writer.eventStore.startStreams(
      toAdd.map((s) => s.stream),
      context,
    );
    // Streams that existed already (a commit run again) are applied again too: harmlessly, as the
    // read models are guarded by version, and this repairs one that an interruption left behind.
    await this.writer.projections.applyToNewStreams(
      toAdd.flatMap((s) => s.applied),
      projected,
    );
    return {
      added: toAdd.length,
      duplicateSinceDryRun: clashes.size,
      clashedWith: Object.fromEntries(
        fresh.flatMap((o) => {
          const holder = clashes.get(o.contactId);
          return holder ? [[String(o.row), holder]] : [];
        }),
      ),
    };
  }
}

const chunkId = (importId: string, index: number) => `${importId}:${index}`;

/** Stable per import and row, shaped like a UUID. */
export function rowContactId(importId: string, row: number): string {
  const hex = createHash('sha256').update(`${importId}:${row}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
