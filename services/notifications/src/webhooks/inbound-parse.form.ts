import Busboy from '@fastify/busboy';
import {
  PayloadTooLargeProblem,
  UnsupportedMediaTypeProblem,
  ValidationProblem,
} from '@rapport/platform/http';

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
}

const WANTED = new Set<keyof InboundForm>(['to', 'cc', 'headers', 'envelope', 'email']);
const MAX_FIELD_BYTES = 2 * 1024 * 1024;

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
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('error', () =>
      reject(new ValidationProblem([{ pointer: '', detail: 'The multipart body is malformed' }])),
    );
    parser.on('finish', () => (failure ? reject(failure) : resolve(form)));
    parser.end(body);
  });
}
