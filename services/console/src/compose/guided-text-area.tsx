import { useRef } from 'react';
import { Label, TextArea, TextField } from 'react-aria-components';
import { type GuidanceFinding, segmentsOf } from './guidance';

interface GuidedTextAreaProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Findings of the text as it is now, or none while a newer text waits for its check. */
  readonly findings: readonly GuidanceFinding[];
  /** The id of the findings list, which the field names as its description. */
  readonly describedBy: string;
}

/**
 * A plain textarea over a mirrored copy of its text in which the findings' words are marked.
 * Typing, the caret, selection and the screen reader all stay with the real textarea (its text is
 * transparent only where the mirror shows through); the mirror is hidden from assistive
 * technology, which reads the findings list the field points to instead.
 */
export function GuidedTextArea({
  label,
  value,
  onChange,
  findings,
  describedBy,
}: GuidedTextAreaProps) {
  const mirror = useRef<HTMLDivElement>(null);
  const segments = segmentsOf(value, findings, 'body');
  return (
    <TextField value={value} onChange={onChange} isRequired className="guided-field">
      <Label>{label}</Label>
      <div className="guided-area">
        <div className="guided-mirror" aria-hidden="true" ref={mirror}>
          {segments.map((segment, i) =>
            segment.severity ? (
              <mark
                key={i}
                className={`finding-${segment.severity}`}
                data-findings={segment.findings.join(' ')}
              >
                {segment.text}
              </mark>
            ) : (
              <span key={i}>{segment.text}</span>
            ),
          )}
          {/* A trailing line break would collapse without a character after it. */}
          {'\u200b'}
        </div>
        <TextArea
          rows={10}
          aria-describedby={describedBy}
          onScroll={(event) => {
            if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
    </TextField>
  );
}
