import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A captured message: the mail-send body as received, plus what the server added. */
export interface CapturedMessage {
  [field: string]: unknown;
  /** The X-Message-Id answered to the sender. */
  id: string;
  /** When the server accepted it (ISO 8601). */
  receivedAt: string;
  /** sha256 hex of the API key, first 16 characters; the key itself is never kept. */
  apiKeyHash: string;
}

export interface MessageQuery {
  /** Only messages sent with this key hash. */
  apiKeyHash?: string;
  /** Only messages with this recipient in any to, cc or bcc (case-insensitive). */
  to?: string;
  /** Only messages received at or after this instant (epoch ms). */
  sinceMs?: number;
  limit: number;
}

interface Indexed {
  message: CapturedMessage;
  receivedMs: number;
  recipients: Set<string>;
}

/**
 * Messages in memory, indexed, and in an append-only JSON-lines file so they survive a restart.
 * The index is rebuilt from the file on open; a torn last line (a crash mid-write) is skipped.
 */
export class MessageStore {
  private readonly messages: Indexed[] = [];
  private readonly byId = new Map<string, Indexed>();
  private writes: Promise<void> = Promise.resolve();

  private constructor(readonly file: string) {}

  static async open(file: string, onSkippedLine?: (line: number) => void): Promise<MessageStore> {
    const store = new MessageStore(file);
    await mkdir(path.dirname(file), { recursive: true });
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // A torn last line has no newline; the next append must start a line of its own.
    if (text !== '' && !text.endsWith('\n')) await appendFile(file, '\n', 'utf8');
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        store.index(JSON.parse(line) as CapturedMessage);
      } catch {
        onSkippedLine?.(i + 1);
      }
    });
    return store;
  }

  get size(): number {
    return this.messages.length;
  }

  /** Resolves once the message is on disk; appends are written one after another, in order. */
  async add(message: CapturedMessage): Promise<void> {
    const line = `${JSON.stringify(message)}\n`;
    const write = this.writes.then(() => appendFile(this.file, line, 'utf8'));
    this.writes = write.catch(() => undefined);
    await write;
    this.index(message);
  }

  get(id: string): CapturedMessage | undefined {
    return this.byId.get(id)?.message;
  }

  /** Newest first. */
  list(query: MessageQuery): CapturedMessage[] {
    const to = query.to?.trim().toLowerCase();
    const found: CapturedMessage[] = [];
    for (let i = this.messages.length - 1; i >= 0 && found.length < query.limit; i -= 1) {
      const entry = this.messages[i]!;
      if (query.apiKeyHash !== undefined && entry.message.apiKeyHash !== query.apiKeyHash) continue;
      if (query.sinceMs !== undefined && entry.receivedMs < query.sinceMs) continue;
      if (to !== undefined && !entry.recipients.has(to)) continue;
      found.push(entry.message);
    }
    return found;
  }

  private index(message: CapturedMessage): void {
    const entry: Indexed = {
      message,
      receivedMs: Date.parse(message.receivedAt),
      recipients: recipientsOf(message),
    };
    // Received times only grow within one process, but a file written across restarts on a clock
    // that stepped back must still list newest first: insert in order.
    let at = this.messages.length;
    while (at > 0 && this.messages[at - 1]!.receivedMs > entry.receivedMs) at -= 1;
    this.messages.splice(at, 0, entry);
    this.byId.set(message.id, entry);
  }
}

function recipientsOf(message: CapturedMessage): Set<string> {
  const found = new Set<string>();
  const personalizations = Array.isArray(message['personalizations'])
    ? (message['personalizations'] as unknown[])
    : [];
  for (const p of personalizations) {
    if (typeof p !== 'object' || p === null) continue;
    for (const kind of ['to', 'cc', 'bcc']) {
      const list = (p as Record<string, unknown>)[kind];
      if (!Array.isArray(list)) continue;
      for (const r of list as unknown[]) {
        const email = (r as { email?: unknown } | null)?.email;
        if (typeof email === 'string') found.add(email.trim().toLowerCase());
      }
    }
  }
  return found;
}
