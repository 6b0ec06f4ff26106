import { z } from 'zod';
import { ValidationProblem } from '@rapport/platform/http';

const positions = z.record(z.string().regex(/^\d{1,5}$/), z.string().regex(/^\d{1,19}$/));

/** Where a listing stopped in each partition, opaque to callers (base64url of JSON). */
export function encodeCursor(reached: ReadonlyMap<number, bigint>): string {
  const plain = Object.fromEntries([...reached].map(([p, offset]) => [p, offset.toString()]));
  return Buffer.from(JSON.stringify(plain)).toString('base64url');
}

export function decodeCursor(cursor: string): Map<number, bigint> {
  try {
    const parsed = positions.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return new Map(Object.entries(parsed).map(([p, offset]) => [Number(p), BigInt(offset)]));
  } catch {
    throw new ValidationProblem(
      [{ pointer: '/cursor', detail: 'is not a cursor this listing gave' }],
      'Start again without a cursor',
    );
  }
}
