/** What every email carries of the institution that deployed Rapport. */
export interface Branding {
  readonly institutionName: string;
  /** A CSS colour for the header bar and buttons. */
  readonly accentColour: string;
}

export const DEFAULT_BRANDING: Branding = { institutionName: 'Rapport', accentColour: '#1f5f8b' };

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const SAFE_COLOUR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

/** A titled list of linked items (the daily digest's groups), after the paragraphs. */
export interface LayoutSection {
  readonly heading: string;
  readonly items: ReadonlyArray<{
    readonly title: string;
    readonly detail: string;
    readonly url: string;
  }>;
}

function sectionHtml(section: LayoutSection, colour: string): string {
  return [
    `<h2 style="font-size:16px;margin:20px 0 8px;color:${colour}">${escapeHtml(section.heading)}</h2>`,
    '<ul style="margin:0 0 12px;padding-left:18px">',
    ...section.items.map(
      (item) =>
        `<li style="margin:0 0 8px;line-height:1.5"><a href="${escapeHtml(item.url)}" style="color:#1d2330">${escapeHtml(item.title)}</a><br><span style="font-size:13px;color:#5b6270">${escapeHtml(item.detail)}</span></li>`,
    ),
    '</ul>',
  ].join('\n');
}

/** Paragraphs of plain text as HTML paragraphs, line breaks kept. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/**
 * The member-facing email frame: the institution's name on its colour, the message, one button to
 * the exact action, and a footer saying why the mail came and where to change that.
 */
export function memberLayout(
  branding: Branding,
  parts: {
    heading: string;
    paragraphs: string[];
    sections?: readonly LayoutSection[];
    action: { label: string; url: string };
    footer: string;
  },
): string {
  const colour = SAFE_COLOUR.test(branding.accentColour)
    ? branding.accentColour
    : DEFAULT_BRANDING.accentColour;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(parts.heading)}</title></head>`,
    '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1d2330">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
    '<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">',
    `<tr><td style="background:${colour};color:#fff;padding:14px 24px;font-weight:bold">${escapeHtml(branding.institutionName)} · Rapport</td></tr>`,
    `<tr><td style="padding:24px"><h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(parts.heading)}</h1>`,
    ...parts.paragraphs.map(
      (p) => `<p style="margin:0 0 12px;line-height:1.5">${escapeHtml(p)}</p>`,
    ),
    ...(parts.sections ?? []).map((section) => sectionHtml(section, colour)),
    `<p style="margin:20px 0"><a href="${escapeHtml(parts.action.url)}" style="background:${colour};color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(parts.action.label)}</a></p>`,
    `<p style="font-size:12px;color:#5b6270;margin-top:24px">${escapeHtml(parts.footer)}</p>`,
    '</td></tr></table></td></tr></table></body></html>',
  ].join('\n');
}

export function memberText(parts: {
  heading: string;
  paragraphs: string[];
  sections?: readonly LayoutSection[];
  action: { label: string; url: string };
  footer: string;
}): string {
  return [
    parts.heading,
    '',
    ...parts.paragraphs.flatMap((p) => [p, '']),
    ...(parts.sections ?? []).flatMap((section) => [
      section.heading.toUpperCase(),
      ...section.items.flatMap((item) => [`- ${item.title} (${item.detail})`, `  ${item.url}`]),
      '',
    ]),
    `${parts.action.label}: ${parts.action.url}`,
    '',
    '--',
    parts.footer,
    '',
  ].join('\n');
}
