import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import { Binary, type Collection, type Db } from 'mongodb';
import { againOnDuplicateKey } from '@rapport/platform';
import type { ContactListRow } from './contact-list.row';

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

/**
 * A member's whole contact list in one document (more only past CHUNK_CHARS): the rows as read,
 * as deflated JSON, next to a `head` per member that every change of their bucket rows replaces
 * with a new token. FerretDB's cost of a read grows with the bytes it decodes, and most with
 * nested objects: the 64 buckets of a member with 500 contacts cost it 3–5 times more than the
 * same rows as one JSON string, and that string 10–30 times more than the same JSON deflated
 * (measured; see bench/README.md). So a screen reads the head and the snapshot
 * together and serves the snapshot while its tag still names the head's token; otherwise it reads
 * the buckets (the read model of record) and writes a new snapshot for the next screen.
 *
 * Why a stale snapshot is never served: the writers replace the head only after their bucket
 * writes finished, and a reader reads the head before the buckets, so a snapshot tagged with the
 * token it read holds at least every change made before that token was written; any later change
 * writes a new token. A rebuild swaps the buckets' collection and then catches up without going
 * through the writers, so it ends by replacing the `generation`, which every tag also names.
 */
export const CONTACT_LIST_HEADS = 'contact_list_heads';
export const CONTACT_LIST_SNAPSHOTS = 'contact_list_snapshots';

/**
 * Characters of row JSON per snapshot document: at most 12 MB of UTF-8, which deflate never grows
 * by more than a few bytes in a thousand, so a chunk stays under MongoDB's 16 MB.
 */
export const CHUNK_CHARS = 4_000_000;

const GENERATION = 'generation';

interface HeadDocument {
  _id: string;
  token: string;
}

interface SnapshotChunk {
  _id: string;
  /** Generation and head token the rows were read after. */
  tag: string;
  /** One id per written snapshot: chunks of two writers never mix. */
  build: string;
  chunks: number;
  /** A JSON array of rows, deflated (raw DEFLATE). */
  rows: Binary;
}

export interface MemberKey {
  readonly tenantId: string;
  readonly memberId: string;
}

const headId = ({ tenantId, memberId }: MemberKey) => `${tenantId}|${memberId}|head`;
const chunkId = ({ tenantId, memberId }: MemberKey, chunk: number) =>
  `${tenantId}|${memberId}|${String(chunk).padStart(3, '0')}`;

/** What a read found: the rows when the snapshot is current, and the tag to write one under. */
export interface SnapshotRead {
  readonly rows?: ContactListRow[];
  readonly tag: string;
}

/**
 * Rows of recently read lists kept in this process, at most this many in all: about 0.5 KB each,
 * so some 25 MB. A hit costs the two head reads and no snapshot read, inflate or parse.
 */
export const ROWS_KEPT = 50_000;

interface KeptList {
  readonly tag: string;
  readonly rows: ContactListRow[];
}

export class ContactListSnapshots {
  private readonly heads: Collection<HeadDocument>;
  private readonly snapshots: Collection<SnapshotChunk>;
  /** By member, least recently used first (a Map keeps insertion order). */
  private readonly kept = new Map<string, KeptList>();
  private rowsKept = 0;

  constructor(db: Db) {
    this.heads = db.collection<HeadDocument>(CONTACT_LIST_HEADS);
    this.snapshots = db.collection<SnapshotChunk>(CONTACT_LIST_SNAPSHOTS);
  }

  /** Marks these members' lists as changed. Call after their bucket writes have finished. */
  async touch(members: readonly MemberKey[]): Promise<void> {
    const ids = [...new Set(members.map(headId))];
    // Slices of 50: FerretDB 1.24 may never answer an update of 100 statements or more (the
    // projections' bulk writes slice the same way, see MAX_WRITE_BATCH in @rapport/messaging).
    for (let i = 0; i < ids.length; i += 50) {
      const slice = ids.slice(i, i + 50);
      await againOnDuplicateKey(() =>
        this.heads.bulkWrite(
          slice.map((_id) => ({
            updateOne: { filter: { _id }, update: { $set: { token: randomUUID() } }, upsert: true },
          })),
          { ordered: false },
        ),
      );
    }
  }

  /** Marks every list as changed: after a rebuild, whose catch-up bypasses `touch`. */
  async newGeneration(): Promise<void> {
    await againOnDuplicateKey(() =>
      this.heads.updateOne(
        { _id: GENERATION },
        { $set: { token: randomUUID() } },
        { upsert: true },
      ),
    );
  }

  /**
   * The member's rows if a snapshot under the current tag exists: kept in this process from an
   * earlier read, else from the database. The rows are frozen and shared between readers: copy
   * before changing any.
   */
  async read(member: MemberKey): Promise<SnapshotRead> {
    const [generation, head] = await Promise.all([
      this.heads.findOne({ _id: GENERATION }),
      this.heads.findOne({ _id: headId(member) }),
    ]);
    const tag = `${generation?.token ?? ''}|${head?.token ?? ''}`;
    const key = headId(member);
    const kept = this.kept.get(key);
    if (kept?.tag === tag) {
      this.kept.delete(key);
      this.kept.set(key, kept);
      return { tag, rows: kept.rows };
    }
    const first = await this.snapshots.findOne({ _id: chunkId(member, 0) });
    if (!first || first.tag !== tag) return { tag };
    const rest = await Promise.all(
      Array.from({ length: first.chunks - 1 }, (_, i) =>
        this.snapshots.findOne({ _id: chunkId(member, i + 1) }),
      ),
    );
    const chunks = [first, ...rest];
    if (chunks.some((chunk) => chunk?.tag !== tag || chunk.build !== first.build)) return { tag };
    const parts = await Promise.all(
      chunks.map(async (chunk) => decodeRows(await inflate(chunk!.rows.buffer))),
    );
    return { tag, rows: this.keep(key, tag, parts.flat()) };
  }

  /** Keeps the rows read under `tag` for the next read, evicting the least recently used. */
  private keep(key: string, tag: string, rows: ContactListRow[]): ContactListRow[] {
    for (const row of rows) Object.freeze(row);
    Object.freeze(rows);
    const previous = this.kept.get(key);
    if (previous) {
      this.kept.delete(key);
      this.rowsKept -= previous.rows.length;
    }
    if (rows.length > ROWS_KEPT) return rows;
    this.kept.set(key, { tag, rows });
    this.rowsKept += rows.length;
    for (const [oldest, list] of this.kept) {
      if (this.rowsKept <= ROWS_KEPT) break;
      this.kept.delete(oldest);
      this.rowsKept -= list.rows.length;
    }
    return rows;
  }

  /** Stores the rows read after `tag` was read; the last chunk written is the first one read. */
  async write(member: MemberKey, tag: string, rows: ContactListRow[]): Promise<void> {
    const parts = chunkRows(rows);
    const build = randomUUID();
    const deflated = await Promise.all(parts.map((json) => deflate(Buffer.from(json, 'utf8'))));
    const docs = deflated.map((bytes, i) => ({
      _id: chunkId(member, i),
      tag,
      build,
      chunks: parts.length,
      rows: new Binary(bytes),
    }));
    // The first chunk goes last, so a reader never meets it before the rest of its build.
    // Two readers of one member may both write a snapshot: the loser of the insert replaces.
    for (const doc of [...docs.slice(1), docs[0]!])
      await againOnDuplicateKey(() =>
        this.snapshots.replaceOne({ _id: doc._id }, doc, { upsert: true }),
      );
    this.keep(headId(member), tag, rows);
  }
}

/** Row JSON arrays of at most CHUNK_CHARS each (a single row larger than that stands alone). */
export function chunkRows(rows: readonly ContactListRow[]): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (current.length > 0 && size + json.length + 1 > CHUNK_CHARS) {
      parts.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(json);
    size += json.length + 1;
  }
  parts.push(`[${current.join(',')}]`);
  return parts;
}

/** The rows of one inflated chunk, with the dates JSON turned into strings made dates again. */
export function decodeRows(json: Buffer | string): ContactListRow[] {
  const rows = JSON.parse(json.toString()) as ContactListRow[];
  for (const row of rows) {
    row.addedAt = new Date(row.addedAt);
    row.updatedAt = new Date(row.updatedAt);
  }
  return rows;
}
