import Busboy from '@fastify/busboy';
import {
  PayloadTooLargeProblem,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from '@rapport/platform/http';
import { MAX_CALENDAR_BYTES } from '../calendar-replies/calendar-parts';

/** The fields of an Inbound Parse post that matching a reply needs; the message itself is not kept. */
export interface InboundForm {
  readonly to?: string;
  readonly cc?: string;
  /** The raw header block of the message. */
  readonly headers?: string;
  /** JSON `{ to: string[], from: string }`: the SMTP envelope. */
  readonly envelope?: string;
  /** The whole MIME message, when the parse is set to post it raw (its header block is used). */
  readonly email?: string;
  /** Attached calendar objects (text/calendar or *.ics): a calendar's answer to an invitation. */
  readonly calendars?: readonly string[];
}

const WANTED = new Set<keyof InboundForm>(['to', 'cc', 'headers', 'envelope', 'email']);
const MAX_FIELD_BYTES = 2 * 1024 * 1024;

const isCalendarFile = (filename: string | undefined, mimeType: string | undefined) =>
  /^text\/calendar\b/i.test(mimeType ?? '') || /\.ics$/i.test(filename ?? '');

/**
 * Reads SendGrid's multipart post (kept raw by the app) with busboy: the few fields above, as
 * text; attachments and the body text are drained unread.
 */
export function readInboundForm(
  body: unknown,
  contentType: string | undefined,
): Promise<InboundForm> {
  if (!Buffer.isBuffer(body) || !contentType?.toLowerCase().startsWith('multipart/form-data')) {
    return Promise.reject(
      new UnsupportedMediaTypeProblem('Inbound mail is posted as multipart/form-data.'),
    );
  }
  return new Promise((resolve, reject) => {
    const form: Record<string, string> = {};
    const calendars: Promise<string | undefined>[] = [];
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { 'content-type': contentType },
        limits: { fieldSize: MAX_FIELD_BYTES, fields: 200, files: 100, parts: 400 },
      });
    } catch {
      reject(
        new ValidationProblem([
          { pointer: '#/headers/content-type', detail: 'No multipart boundary' },
        ]),
      );
      return;
    }
    let failure: Error | undefined;
    parser.on('field', (name, value, _nameTruncated, valueTruncated) => {
      if (!WANTED.has(name as keyof InboundForm)) return;
      if (valueTruncated) {
        failure ??= new PayloadTooLargeProblem(
          `The field ${name} is longer than ${MAX_FIELD_BYTES} bytes.`,
        );
        return;
      }
      form[name] ??= value;
    });
    parser.on('file', (_name, stream, filename, _encoding, mimeType) => {
      if (!isCalendarFile(filename, mimeType)) {
        stream.resume();
        return;
      }
      calendars.push(
        new Promise((done) => {
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= MAX_CALENDAR_BYTES) chunks.push(chunk);
          });
          stream.on('end', () =>
            done(size <= MAX_CALENDAR_BYTES ? Buffer.concat(chunks).toString('utf8') : undefined),
          );
          stream.on('error', () => done(undefined));
        }),
      );
    });
    parser.on('error', () =>
      reject(new ValidationProblem([{ pointer: '', detail: 'The multipart body is malformed' }])),
    );
    parser.on('finish', () => {
      if (failure) {
        reject(failure);
        return;
      }
      void Promise.all(calendars).then((texts) => {
        const found = texts.filter((text): text is string => text !== undefined);
        resolve(found.length > 0 ? { ...form, calendars: found } : form);
      });
    });
    parser.end(body);
  });
}
