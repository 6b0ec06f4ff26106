import { Button } from 'react-aria-components';
import { type GuidanceFinding, type GuidedDraft, quotedSpan } from './guidance';

const SEVERITY_WORDS = { error: 'Must change', warning: 'Worth changing', info: 'Note' } as const;

interface GuidanceFindingsProps {
  readonly id: string;
  readonly draft: GuidedDraft;
  readonly state: 'idle' | 'checking' | 'checked' | 'failed';
  readonly findings: readonly GuidanceFinding[];
  readonly wordCount?: number;
  readonly onApply: (finding: GuidanceFinding) => void;
}

/**
 * The findings in words: what, the words concerned, why the practice asks for it and a rewrite
 * to apply. The editor's field names this list as its description, so a screen reader hears what
 * the highlights show.
 */
export function GuidanceFindings({
  id,
  draft,
  state,
  findings,
  wordCount,
  onApply,
}: GuidanceFindingsProps) {
  let summary: string;
  if (state === 'idle') summary = 'Guidance appears here as you write.';
  else if (state === 'checking') summary = 'Checking your draft against the guidance…';
  else if (state === 'failed') summary = 'The guidance could not be checked just now.';
  else if (findings.length === 0) summary = `No findings: ${wordCount ?? 0} words, ready to go.`;
  else
    summary = `${findings.length} finding${findings.length === 1 ? '' : 's'} in ${wordCount ?? 0} words.`;
  return (
    <section className="guidance" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Guidance</h2>
      <p id={id} role="status">
        {summary}
      </p>
      {state === 'checked' && findings.length > 0 && (
        <ol className="findings" aria-label="Guidance findings">
          {findings.map((found, index) => {
            const words = quotedSpan(found, draft);
            return (
              <li
                key={`${found.ruleId}-${index}`}
                className={`finding finding-${found.severity}`}
                data-finding={index}
              >
                <p>
                  <strong>{SEVERITY_WORDS[found.severity]}:</strong> {found.message}
                </p>
                {words && (
                  <p className="quoted">
                    In your{' '}
                    {(found.span ?? found.sentence)?.field === 'subject' ? 'subject' : 'message'}: “
                    {words}”
                  </p>
                )}
                <p className="why">Why: {found.why}</p>
                {found.suggestion && (
                  <p>
                    {found.suggestion.text === ''
                      ? 'Suggestion: leave these words out.'
                      : `Suggestion: “${found.suggestion.text}”`}{' '}
                    <Button className="secondary" onPress={() => onApply(found)}>
                      Apply suggestion
                    </Button>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
