import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { serverAddresses } from '@rapport/platform';
import { DeadLetterQueue } from './dead-letters';

/**
 * Operators' command for the dead-letter topic:
 *   npm run dlq -- list [--group <consumer group>]
 *   npm run dlq -- replay <id> [<id> …]      (ids as printed by list: partition:offset)
 * Servers as everywhere (serverAddresses in @rapport/platform);
 * RAPPORT_DLQ_DB names the database that records replays (default "rapport").
 */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'list' && command !== 'replay') {
    console.error('usage: dlq list [--group <group>] | dlq replay <id> [<id> …]');
    return 64;
  }
  const env = process.env;
  const servers = serverAddresses(env);
  const mongo = await new MongoClient(servers.mongoUrl).connect();
  const kafka = new Kafka({
    clientId: 'rapport-dlq',
    brokers: servers.kafkaBrokers,
    logLevel: logLevel.WARN,
  });
  const dlq = new DeadLetterQueue(kafka, mongo.db(env['RAPPORT_DLQ_DB'] ?? 'rapport'));
  try {
    if (command === 'list') {
      const groupAt = rest.indexOf('--group');
      const group = groupAt >= 0 ? rest[groupAt + 1] : undefined;
      const letters = await dlq.list(group ? { group } : {});
      for (const { id, letter, failedAt, replayedAt } of letters) {
        console.log(
          [
            id.padEnd(10),
            failedAt.toISOString(),
            letter.consumerGroup,
            `${letter.originalTopic}@${letter.originalPartition}:${letter.originalOffset}`,
            letter.reason,
            replayedAt ? `replayed ${replayedAt.toISOString()}` : 'not replayed',
            letter.errorDetail.split('\n')[0],
          ].join('  '),
        );
      }
      console.log(`${letters.length} dead letter(s)`);
    } else {
      if (rest.length === 0) {
        console.error('replay needs at least one id (see: dlq list)');
        return 64;
      }
      const replayed = await dlq.replay(rest);
      const missing = rest.filter((id) => !replayed.includes(id));
      console.log(`replayed ${replayed.length}: ${replayed.join(', ')}`);
      if (missing.length > 0) {
        console.error(`not found: ${missing.join(', ')}`);
        return 1;
      }
    }
    return 0;
  } finally {
    await mongo.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
