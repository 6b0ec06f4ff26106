import type { UpdateFilter } from 'mongodb';
import type { ReadModelDocument } from './projection';

type Update = UpdateFilter<ReadModelDocument>;
type Fields = Record<string, unknown>;

/** One document's update, as the bulk write will send it. */
export interface DocumentUpdate {
  readonly id: string;
  readonly update: Update;
}

/** A folded update and how many of the given updates it stands for. */
export interface MergedDocumentUpdate extends DocumentUpdate {
  readonly folded: number;
}

/**
 * Folds consecutive updates of one document into as few updates as give the same document. On the
 * embedded database every update statement costs about a millisecond whatever it holds, and a
 * Kafka batch often touches a few documents many times (counters, a member's bucket), so a batch
 * of N events on K documents becomes about K statements instead of N.
 *
 * Two updates fold only when the result cannot differ from applying them in turn:
 * - the same path under `$set` (or `$unset`): the later one wins;
 * - the same path under `$inc` with numbers: the amounts add up;
 * - the same path under `$setOnInsert`: the earlier one wins (an insert happens on the first);
 * - any other operator or path: only when its path shares no prefix with a path already written
 *   (MongoDB refuses conflicting paths in one update, and the order would matter).
 * Anything else starts a new update of that document, after the previous one. Updates of different
 * documents are independent (every write filters on `_id` alone), so each document's updates are
 * gathered in order and the documents follow in the order they first appear.
 */
export function mergeByDocument(updates: readonly DocumentUpdate[]): MergedDocumentUpdate[] {
  const byDocument = new Map<string, MergedUpdate[]>();
  for (const { id, update } of updates) {
    const list = byDocument.get(id) ?? [];
    byDocument.set(id, list);
    const last = list[list.length - 1];
    if (!last?.fold(update)) list.push(new MergedUpdate(update));
  }
  return [...byDocument].flatMap(([id, list]) =>
    list.map(({ update, folded }) => ({ id, update, folded })),
  );
}

/**
 * Operators that change only the paths they name. `$rename` also writes the path in its value, and
 * `$bit` may meet other numeric types: updates using them, or anything unknown, never fold.
 */
const PATH_LOCAL = new Set([
  '$set',
  '$unset',
  '$inc',
  '$setOnInsert',
  '$push',
  '$pull',
  '$pullAll',
  '$addToSet',
  '$pop',
  '$max',
  '$min',
  '$mul',
  '$currentDate',
]);

/** An update being built, with an index of its paths so a fold check costs the path's depth. */
class MergedUpdate {
  readonly update: Update = {};
  folded = 0;
  /** Each path written, with its operator. */
  private readonly paths = new Map<string, string>();
  /** Every proper prefix of a written path (`a` and `a.b` for `a.b.c`). */
  private readonly prefixes = new Set<string>();

  /** Set when the first update uses an operator whose paths are not all indexed here. */
  private readonly sealed: boolean;

  constructor(first: Update) {
    this.sealed = Object.keys(first).some((op) => !PATH_LOCAL.has(op));
    this.add(first);
  }

  /** Folds `next` in when that is exact; returns false, having changed nothing, when not. */
  fold(next: Update): boolean {
    if (this.sealed) return false;
    for (const [op, fields] of Object.entries(next)) {
      if (!PATH_LOCAL.has(op)) return false;
      for (const [path, value] of Object.entries(fields as Fields)) {
        const previousOp = this.paths.get(path);
        if (previousOp !== undefined) {
          if (!sameFieldFolds(op, previousOp, this.fields(previousOp)[path], value)) return false;
        } else if (this.overlaps(path)) {
          return false;
        } else if (op === '$setOnInsert') {
          // Applied in turn, a later upsert finds the document the earlier one created.
          return false;
        }
      }
    }
    this.add(next);
    return true;
  }

  private add(next: Update): void {
    this.folded += 1;
    for (const [op, fields] of Object.entries(next)) {
      const into = this.fields(op);
      for (const [path, value] of Object.entries(fields as Fields)) {
        if (op === '$inc' && path in into) into[path] = (into[path] as number) + (value as number);
        else if (!(op === '$setOnInsert' && path in into)) into[path] = value;
        this.paths.set(path, op);
        for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1))
          this.prefixes.add(path.slice(0, dot));
      }
    }
  }

  private fields(op: string): Fields {
    const update = this.update as Record<string, Fields>;
    return (update[op] ??= {});
  }

  private overlaps(path: string): boolean {
    if (this.prefixes.has(path)) return true;
    for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1))
      if (this.paths.has(path.slice(0, dot))) return true;
    return false;
  }
}

function sameFieldFolds(
  op: string,
  previousOp: string,
  previous: unknown,
  value: unknown,
): boolean {
  if (op !== previousOp) return false;
  if (op === '$set' || op === '$unset' || op === '$setOnInsert') return true;
  return op === '$inc' && typeof previous === 'number' && typeof value === 'number';
}
