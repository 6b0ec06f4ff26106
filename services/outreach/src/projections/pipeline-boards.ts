import type { Collection } from 'mongodb';
import {
  boardBucketId,
  boardBucketIds,
  type PipelineBoardDocument,
  type PipelineCard,
} from './pipeline-card.projection';
import { fieldKey } from './read-model-keys';

/** Every card of a member's board: its sixteen buckets, each one read by `_id`. */
export async function readBoard(
  boards: Collection<PipelineBoardDocument>,
  tenantId: string,
  memberId: string,
): Promise<PipelineCard[]> {
  const docs = await Promise.all(
    boardBucketIds(tenantId, memberId).map((_id) => boards.findOne({ _id })),
  );
  return docs.flatMap((doc) => Object.values(doc?.cards ?? {}));
}

/** Some of a member's cards, reading only the buckets they live in. */
export async function readCards(
  boards: Collection<PipelineBoardDocument>,
  tenantId: string,
  memberId: string,
  contactIds: readonly string[],
): Promise<Map<string, PipelineCard>> {
  const bucketIds = [...new Set(contactIds.map((c) => boardBucketId(tenantId, memberId, c)))];
  const docs = new Map(
    await Promise.all(bucketIds.map(async (_id) => [_id, await boards.findOne({ _id })] as const)),
  );
  const cards = new Map<string, PipelineCard>();
  for (const contactId of contactIds) {
    const card = docs.get(boardBucketId(tenantId, memberId, contactId))?.cards?.[
      fieldKey(contactId)
    ];
    if (card) cards.set(contactId, card);
  }
  return cards;
}
