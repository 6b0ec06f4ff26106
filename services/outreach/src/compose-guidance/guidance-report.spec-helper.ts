import { type GuidanceReport } from './guidance.types';

/** The distinct rule ids of a report, sorted, so a table can state the exact set expected. */
export function ruleIdsOf(report: GuidanceReport): string[] {
  return [...new Set(report.findings.map((finding) => finding.ruleId))].sort();
}

/** The text each finding of one rule points at, read back through its span. */
export function flaggedText(
  report: GuidanceReport,
  ruleId: string,
  fields: { subject?: string; body: string },
): string[] {
  return report.findings
    .filter((finding) => finding.ruleId === ruleId && finding.span !== undefined)
    .map(({ span }) => {
      const source = span?.field === 'subject' ? (fields.subject ?? '') : fields.body;
      return source.slice(span?.start, span?.end);
    });
}
