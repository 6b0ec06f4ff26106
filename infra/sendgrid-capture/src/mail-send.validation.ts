import { z } from 'zod';
import { type SendGridError, sendGridError } from './sendgrid-errors';

// The body of POST /v3/mail/send, checked the way SendGrid's v3 reference and its mail-send error
// list describe it. zod checks each field's shape; the rules below it check what spans fields
// (recipient totals, duplicates, subject and content unless a template supplies them, ordering).
// Unknown fields are accepted, as SendGrid adds fields over time and the client may send them.

export const MAX_PERSONALIZATIONS = 1000;
export const MAX_RECIPIENTS = 1000;
export const MAX_CATEGORIES = 10;
export const MAX_CUSTOM_ARGS_BYTES = 10_000;

/** Headers SendGrid sets itself and refuses from the caller (compared case-insensitively). */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'x-sg-id',
  'x-sg-eid',
  'received',
  'dkim-signature',
  'content-type',
  'content-transfer-encoding',
  'to',
  'from',
  'subject',
  'reply-to',
  'cc',
  'bcc',
]);

const address = z.looseObject({
  email: z.email(),
  name: z.string().optional(),
});

const stringValues = z.record(z.string(), z.string());
const anyObject = z.record(z.string(), z.unknown());

const personalization = z.looseObject({
  to: z.array(address).min(1),
  cc: z.array(address).optional(),
  bcc: z.array(address).optional(),
  from: address.optional(),
  subject: z.string().min(1).optional(),
  headers: stringValues.optional(),
  substitutions: anyObject.optional(),
  dynamic_template_data: anyObject.optional(),
  custom_args: stringValues.optional(),
  send_at: z.number().int().nonnegative().optional(),
});

const content = z.looseObject({
  type: z.string().min(1),
  value: z.string().min(1),
});

const attachment = z.looseObject({
  content: z.string().min(1),
  filename: z.string().min(1),
  type: z.string().optional(),
  disposition: z.enum(['inline', 'attachment']).optional(),
  content_id: z.string().optional(),
});

export const mailSendShape = z.looseObject({
  personalizations: z.array(personalization).min(1).max(MAX_PERSONALIZATIONS),
  from: address,
  reply_to: address.optional(),
  reply_to_list: z.array(address).min(1).optional(),
  subject: z.string().min(1).optional(),
  content: z.array(content).min(1).optional(),
  attachments: z.array(attachment).optional(),
  template_id: z.string().min(1).optional(),
  headers: stringValues.optional(),
  categories: z.array(z.string().min(1).max(255)).max(MAX_CATEGORIES).optional(),
  custom_args: stringValues.optional(),
  send_at: z.number().int().nonnegative().optional(),
  batch_id: z.string().optional(),
  asm: z
    .looseObject({
      group_id: z.number().int(),
      groups_to_display: z.array(z.number().int()).max(25).optional(),
    })
    .optional(),
  ip_pool_name: z.string().min(2).max(64).optional(),
  sections: anyObject.optional(),
  mail_settings: anyObject.optional(),
  tracking_settings: anyObject.optional(),
});

export type MailSend = z.infer<typeof mailSendShape>;

/** Every problem in the body (empty when SendGrid would accept it), each naming its field path. */
export function validateMailSend(body: unknown): SendGridError[] {
  const parsed = mailSendShape.safeParse(body);
  const shapeErrors = parsed.success ? [] : parsed.error.issues.map((i) => fromIssue(i, body));
  const reported = new Set(shapeErrors.map((e) => e.field));
  const ruleErrors = crossFieldRules(body).filter((e) => !reported.has(e.field));
  return [...shapeErrors, ...ruleErrors];
}

function fromIssue(issue: z.core.$ZodIssue, body: unknown): SendGridError {
  const field = issue.path.length === 0 ? null : issue.path.map(String).join('.');
  const name = field ?? 'the request body';
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(body, issue.path) === undefined)
        return sendGridError(`${name} is required.`, field);
      return sendGridError(`${name} must be ${article(issue.expected)}.`, field);
    case 'invalid_format':
      return sendGridError(
        issue.format === 'email'
          ? `${name} must be a valid email address.`
          : `${name} is not a valid ${issue.format}.`,
        field,
      );
    case 'too_small':
      if (issue.origin === 'string') return sendGridError(`${name} must not be empty.`, field);
      if (issue.origin === 'array')
        return sendGridError(`${name} must have at least ${String(issue.minimum)} item(s).`, field);
      return sendGridError(`${name} must be at least ${String(issue.minimum)}.`, field);
    case 'too_big':
      if (issue.origin === 'string')
        return sendGridError(
          `${name} must be at most ${String(issue.maximum)} characters long.`,
          field,
        );
      if (issue.origin === 'array')
        return sendGridError(`${name} may have at most ${String(issue.maximum)} items.`, field);
      return sendGridError(`${name} must be at most ${String(issue.maximum)}.`, field);
    case 'invalid_value':
      return sendGridError(
        `${name} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
        field,
      );
    default:
      return sendGridError(`${name} is not valid.`, field);
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'object' || expected === 'array') return `an ${expected}`;
  return `a ${expected}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const present = (v: unknown) => v !== undefined && v !== null;

// Written against the raw body, defensively: they must report their problems even where the
// shape check failed elsewhere, so the caller sees every problem in one answer.
function crossFieldRules(body: unknown): SendGridError[] {
  if (!isObject(body)) return [];
  const errors: SendGridError[] = [];
  const personalizations = arrayOf(body['personalizations']).filter(isObject);
  const usesTemplate = typeof body['template_id'] === 'string' && body['template_id'] !== '';

  let recipients = 0;
  personalizations.forEach((p, i) => {
    const seen = new Set<string>();
    for (const kind of ['to', 'cc', 'bcc'] as const) {
      arrayOf(p[kind]).forEach((entry, j) => {
        recipients += 1;
        const email = isObject(entry) && typeof entry['email'] === 'string' ? entry['email'] : null;
        if (email === null) return;
        const key = email.trim().toLowerCase();
        if (seen.has(key)) {
          errors.push(
            sendGridError(
              `${email} appears more than once in this personalization's to, cc and bcc; each address may receive the message once.`,
              `personalizations.${i}.${kind}.${j}.email`,
            ),
          );
        }
        seen.add(key);
      });
    }
    errors.push(...reservedHeaders(p['headers'], `personalizations.${i}.headers`));
  });
  if (recipients > MAX_RECIPIENTS) {
    errors.push(
      sendGridError(
        `A request may address at most ${MAX_RECIPIENTS} recipients (to, cc and bcc together); this one has ${recipients}.`,
        'personalizations',
      ),
    );
  }

  const subject = body['subject'];
  const everyPersonalizationHasSubject =
    personalizations.length > 0 &&
    personalizations.every((p) => typeof p['subject'] === 'string' && p['subject'] !== '');
  if (!usesTemplate && !present(subject) && !everyPersonalizationHasSubject) {
    errors.push(
      sendGridError(
        'subject is required, unless every personalization has its own subject or a template_id supplies it.',
        'subject',
      ),
    );
  }

  if (!usesTemplate && !present(body['content'])) {
    errors.push(sendGridError('content is required unless a template_id supplies it.', 'content'));
  }
  errors.push(...contentOrder(body['content']));

  if (present(body['reply_to']) && present(body['reply_to_list'])) {
    errors.push(sendGridError('Give either reply_to or reply_to_list, not both.', 'reply_to_list'));
  }

  errors.push(...reservedHeaders(body['headers'], 'headers'));

  const customArgs = body['custom_args'];
  if (isObject(customArgs)) {
    const size = Buffer.byteLength(JSON.stringify(customArgs));
    if (size > MAX_CUSTOM_ARGS_BYTES) {
      errors.push(
        sendGridError(
          `custom_args may take at most ${MAX_CUSTOM_ARGS_BYTES} bytes; these take ${size}.`,
          'custom_args',
        ),
      );
    }
  }
  return errors;
}

// SendGrid wants text/plain first when present, then text/html, then any other types.
function contentOrder(content: unknown): SendGridError[] {
  const types = arrayOf(content).map((c) => (isObject(c) ? c['type'] : undefined));
  const rank = (t: unknown) => (t === 'text/plain' ? 0 : t === 'text/html' ? 1 : 2);
  const errors: SendGridError[] = [];
  types.forEach((type, i) => {
    if (rank(type) === 2) return;
    const earlier = types.slice(0, i).some((t) => rank(t) > rank(type));
    if (earlier) {
      errors.push(
        sendGridError(
          type === 'text/plain'
            ? 'text/plain content must come first.'
            : 'text/html content must come right after text/plain, before any other type.',
          `content.${i}.type`,
        ),
      );
    }
  });
  return errors;
}

function reservedHeaders(headers: unknown, field: string): SendGridError[] {
  if (!isObject(headers)) return [];
  return Object.keys(headers)
    .filter((name) => RESERVED_HEADERS.has(name.trim().toLowerCase()))
    .map((name) =>
      sendGridError(
        `The ${name} header is reserved; SendGrid sets it and does not accept it from the request.`,
        `${field}.${name}`,
      ),
    );
}
