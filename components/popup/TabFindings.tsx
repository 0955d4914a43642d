/** This tab's findings, worst first, as the inline panel words them (same severity words and shapes). */
import type { ComposerState } from '../../lib/messaging';
import { findingQuote } from '../../lib/tab-summary';
import { strongestFirst } from '../../lib/types';
import { distinctKeys } from '../keys';
import { SeverityIcon } from '../SeverityIcon';
import { SEVERITY_LABEL } from '../severity';

export function FindingList({ composer }: { composer: ComposerState }) {
  const findings = [...composer.findings].sort((a, b) => strongestFirst(a.severity, b.severity));
  if (findings.length === 0) return null;
  const keys = distinctKeys(findings.map((f) => `${f.rule}\u0000${f.start ?? 'all'}\u0000${f.end ?? ''}\u0000${f.message}`));
  return (
    <ul className="findings">
      {findings.map((finding, index) => {
        const quote = findingQuote(composer, finding.start, finding.end);
        return (
          <li key={keys[index]} className={`finding ${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
            <p className={`severity ${finding.severity}`}>
              <SeverityIcon severity={finding.severity} /> {SEVERITY_LABEL[finding.severity]}
            </p>
            <p>{finding.message}</p>
            {quote && (
              <p className="quote">
                <span className="visually-hidden">About the words: </span>“{quote}”
              </p>
            )}
            <details>
              <summary>Why?</summary>
              <p className="source">{finding.policy}</p>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
