/**
 * What to do when someone never answered: no more nudges, and a door that may open instead. Kind
 * to both sides: silence is usually a full inbox, not a verdict.
 */
export function nextStepSuggestion(followUpsSent: number, organisation?: string | null): string {
  const nudges =
    followUpsSent === 0
      ? 'No answer to your request'
      : `No answer after ${followUpsSent} follow-up${followUpsSent === 1 ? '' : 's'}`;
  const elsewhere = organisation
    ? `ask someone else at ${organisation}, or look for a mutual connection who could introduce you`
    : 'ask someone else in the same field, or look for a mutual connection who could introduce you';
  return `${nudges}, so Rapport will not remind you again. Let this one rest; ${elsewhere}.`;
}
