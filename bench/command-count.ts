import type { CommandStartedEvent, Document, MongoClient } from 'mongodb';

/** Where a database operation belongs in the append → projection pipeline. */
export type PipelineStage = 'append' | 'relay' | 'consumer';

/** Which stage an operation on `collection` of the writer's or the consumer's database serves. */
export type StageOf = (
  database: 'writer' | 'consumer',
  collection: string,
  command: string,
) => PipelineStage;

interface Tally {
  /** Commands sent: round trips. */
  commands: number;
  /**
   * Operations inside them: documents of an insert, updates of an update, deletes of a delete,
   * one for anything else. FerretDB runs an SQL statement per update or delete (an insert's
   * documents share one, and cost little each), so this, not round trips, is what costs it CPU.
   */
  statements: number;
}

/**
 * Counts the commands a monitored client (`monitorCommands: true`) sends to two databases, by
 * collection and command name, between `start()` and `stop()`. Counts do not depend on how loaded
 * the machine is, so a change to the pipeline shows as fewer operations per event run to run,
 * where its latency moves with whatever else shares the cores.
 */
export class CommandCount {
  private readonly tallies = new Map<string, Tally>();
  private counting = false;

  constructor(
    client: MongoClient,
    private readonly databases: { readonly writer: string; readonly consumer: string },
    private readonly stageOf: StageOf,
  ) {
    client.on('commandStarted', (event) => this.count(event));
  }

  start(): void {
    this.tallies.clear();
    this.counting = true;
  }

  stop(): void {
    this.counting = false;
  }

  private count(event: CommandStartedEvent): void {
    if (!this.counting) return;
    const database =
      event.databaseName === this.databases.writer
        ? 'writer'
        : event.databaseName === this.databases.consumer
          ? 'consumer'
          : undefined;
    if (!database) return;
    const { commandName, command } = event;
    // Most commands name their collection under their own name; getMore under `collection`.
    const target = command[commandName] as unknown;
    const named = command['collection'] as unknown;
    const collection =
      typeof target === 'string' ? target : typeof named === 'string' ? named : '-';
    const key = `${database} ${collection} ${commandName}`;
    const tally = this.tallies.get(key) ?? { commands: 0, statements: 0 };
    tally.commands += 1;
    tally.statements += statementsOf(commandName, command);
    this.tallies.set(key, tally);
  }

  /**
   * Per event: statements (and round trips) by stage, then by collection and command, e.g.
   * `append 5.02 (1.31 round trips): writer events insert 1.00 (0.21), …`.
   */
  report(events: number): string {
    if (events === 0) return 'no events to count against';
    const per = (n: number) => (n / events).toFixed(2);
    const stages = new Map<PipelineStage, { total: Tally; parts: string[] }>();
    const entries = [...this.tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, tally] of entries) {
      const [database, collection, command] = key.split(' ') as [
        'writer' | 'consumer',
        string,
        string,
      ];
      const stage = this.stageOf(database, collection, command);
      const line = stages.get(stage) ?? { total: { commands: 0, statements: 0 }, parts: [] };
      line.total.commands += tally.commands;
      line.total.statements += tally.statements;
      line.parts.push(`${key} ${per(tally.statements)} (${per(tally.commands)})`);
      stages.set(stage, line);
    }
    const all = [...stages.values()].reduce((sum, { total }) => sum + total.statements, 0);
    const trips = [...stages.values()].reduce((sum, { total }) => sum + total.commands, 0);
    const order: PipelineStage[] = ['append', 'relay', 'consumer'];
    const parts = order.flatMap((stage) => {
      const line = stages.get(stage);
      if (!line) return [];
      const { statements, commands } = line.total;
      return [`${stage} ${per(statements)} (${per(commands)}): ${line.parts.join(', ')}`];
    });
    return (
      `database statements per appended event ${per(all)} (round trips ${per(trips)}); ` +
      parts.join('; ')
    );
  }
}

function statementsOf(commandName: string, command: Document): number {
  const list = (field: string) => {
    const value = command[field] as unknown;
    return Array.isArray(value) ? value.length : 1;
  };
  if (commandName === 'insert') return list('documents');
  if (commandName === 'update') return list('updates');
  if (commandName === 'delete') return list('deletes');
  return 1;
}
