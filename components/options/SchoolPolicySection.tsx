/**
 * What the school's IT has set for Post Check through browser policy: that some fields
 * are the school's, how firmly Post Check acts (the rollout mode), and any value from
 * the school that Post Check could not use, in plain words. Shown only under a policy.
 */
import { distinctKeys } from '../keys';
import { Section } from './fields';
import { useSettings } from './settings-context';

const MODE_SENTENCES = {
  advise: 'For now your school has Post Check point things out only: it underlines and explains, and never asks you before you post.',
  hold: 'Post Check asks you before a post with a “Must fix” goes out.',
} as const;

export function SchoolPolicySection() {
  const { school } = useSettings();
  if (!school.managed) return null;
  const problemKeys = distinctKeys(school.problems.map((problem) => `${problem.field}\u0000${problem.message}`));
  return (
    <Section
      id="school-policy"
      intro={
        <p>
          Your school manages Post Check on this computer. Settings marked “Set by your school” come from your school and can't be changed here.
        </p>
      }
    >
      <p data-testid="rollout-mode" data-mode={school.mode}>
        {MODE_SENTENCES[school.mode]}
      </p>
      {school.problems.length > 0 && (
        <div className="notice error" data-testid="school-policy-problems">
          <h3>Settings from your school that Post Check can't use</h3>
          <ul>
            {school.problems.map((problem, index) => (
              <li key={problemKeys[index]}>{problem.message}</li>
            ))}
          </ul>
          <p className="hint">Tell your school's IT team. Until they fix them, Post Check uses your own settings for these.</p>
        </div>
      )}
    </Section>
  );
}
