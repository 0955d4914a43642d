/**
 * The policy as a short checklist (lib/policy/checklist.ts), grouped as the policy
 * groups it. Every line opens to the policy's own words; "Before you post" and
 * "Images" lines can be ticked for the post being written.
 */
import { useId } from 'react';
import { CHECKLIST, checklistKey, type ChecklistGroup, type ChecklistItem } from '../../lib/policy/checklist';
import type { AnyRuleId } from '../../lib/types';
import { SeverityIcon } from '../SeverityIcon';

export interface ChecklistProps {
  /** Keys of the ticked lines. */
  ticked: ReadonlySet<string>;
  onTick(key: string, ticked: boolean): void;
  onClearTicks(): void;
  /** Rules with a finding in the current post: their lines are flagged. */
  flaggedRules: ReadonlySet<AnyRuleId>;
}

export function Checklist(props: ChecklistProps) {
  const headingId = useId();
  const tickable = CHECKLIST.filter((g) => g.tickable).flatMap((g) => g.items.map((i) => checklistKey(g, i)));
  const tickedCount = tickable.filter((k) => props.ticked.has(k)).length;
  return (
    <section aria-labelledby={headingId} data-testid="policy-checklist">
      <h2 id={headingId} className="visually-hidden">
        The policy in short
      </h2>
      <p className="hint">
        Open a line to read the policy's own words. {tickedCount} of {tickable.length} checks ticked for this post.
        {tickedCount > 0 && (
          <>
            {' '}
            <button type="button" className="link" onClick={props.onClearTicks}>
              Clear the ticks
            </button>
          </>
        )}
      </p>
      {CHECKLIST.map((group) => (
        <Group key={group.id} group={group} {...props} />
      ))}
    </section>
  );
}

function Group({ group, ...props }: ChecklistProps & { group: ChecklistGroup }) {
  return (
    <details className="checklist-group" open={group.id === 'before-you-post'} data-group={group.id}>
      <summary>{group.title}</summary>
      <ul className="checklist">
        {group.items.map((item) => (
          <Item key={item.id} group={group} item={item} {...props} />
        ))}
      </ul>
    </details>
  );
}

function Item({ group, item, ticked, onTick, flaggedRules }: ChecklistProps & { group: ChecklistGroup; item: ChecklistItem }) {
  const key = checklistKey(group, item);
  const summaryId = useId();
  const flagged = item.rules?.some((rule) => flaggedRules.has(rule)) ?? false;
  return (
    <li data-item={key}>
      {group.tickable && (
        <input type="checkbox" aria-labelledby={summaryId} checked={ticked.has(key)} onChange={(e) => onTick(key, e.target.checked)} />
      )}
      <details>
        <summary id={summaryId}>
          {item.text}
          {flagged && (
            <span className="flag">
              {' '}
              <SeverityIcon severity="warn" /> see your post's findings
            </span>
          )}
        </summary>
        {item.clauses.map((clause) => (
          <figure key={clause.quote} className="clause">
            <blockquote>{clause.quote}</blockquote>
            <figcaption className="source">The policy, {clause.section.replace("Do's", 'Do’s')}</figcaption>
          </figure>
        ))}
        {item.rules && <p className="hint">Post Check checks this as you type.</p>}
      </details>
    </li>
  );
}
