/**
 * Every check, with the policy sentence it rests on: on or off, and how strongly it
 * speaks on personal and on school accounts, as one compact table. Only differences
 * from the policy's defaults are kept in the settings. Each change saves at once and
 * can be undone.
 */
import { RULES } from '../../lib/rules';
import type { BuiltInRule as Rule } from '../../lib/rules/rule';
import { citePolicy } from '../../lib/policy/clauses';
import type { RuleSetting, Settings } from '../../lib/settings/schema';
import { SEVERITIES, type RuleAccountKind, type Severity } from '../../lib/types';
import { useAnnouncer } from '../ui/announcer';
import { SEVERITY_LABEL } from '../severity';
import { savedWithUndo } from './autosave';
import { Section, SetBySchool } from './fields';
import { useSettings } from './settings-context';

const KINDS: { kind: RuleAccountKind; label: string }[] = [
  { kind: 'personal', label: 'Personal accounts' },
  { kind: 'school', label: 'School accounts' },
];

/** The setting for a rule with only what differs from its defaults, or undefined when nothing does. */
function ruleSetting(rule: Rule, enabled: boolean, severity: Partial<Record<RuleAccountKind, Severity>>): RuleSetting | undefined {
  const setting: RuleSetting = {};
  if (!enabled) setting.enabled = false;
  const changed: Partial<Record<RuleAccountKind, Severity>> = {};
  for (const { kind } of KINDS) {
    const chosen = severity[kind];
    if (chosen && chosen !== rule.severity[kind]) changed[kind] = chosen;
  }
  if (Object.keys(changed).length > 0) setting.severity = changed;
  return Object.keys(setting).length > 0 ? setting : undefined;
}

export function RulesSection() {
  const { settings, school, save, undo } = useSettings();
  const say = useAnnouncer('rules');
  const saved = savedWithUndo(say, undo);

  const update = async (rule: Rule, next: RuleSetting | undefined, done: string) => {
    try {
      await save((current) => {
        const rules: Settings['rules'] = { ...current.rules };
        if (next) rules[rule.id] = next;
        else delete rules[rule.id];
        return { ...current, rules };
      });
      saved(done);
    } catch {
      say.alert("Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  const resetAll = async () => {
    try {
      await save((current) => ({ ...current, rules: {} }));
      saved("Every check is back to the policy's defaults.");
    } catch {
      say.alert("Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  return (
    <Section
      id="rules"
      intro={
        <p className="hint">
          Each check comes from a sentence of the policy. <strong>Must fix</strong> {school.mode === 'advise' ? 'is underlined and explained' : 'asks before posting'},{' '}
          <strong>Should fix</strong> is a warning, <strong>Tip</strong> is a reminder. Changes are saved as you make them.
        </p>
      }
    >
      <div className="table-wrap">
        <table className="rules">
          <caption className="visually-hidden">Each check: whether it is on, and how strongly it speaks on personal and on school accounts</caption>
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col" className="narrow">
                On
              </th>
              {KINDS.map(({ kind, label }) => (
                <th key={kind} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {RULES.map((rule) => {
              const setting = settings.rules[rule.id];
              const enabled = setting?.enabled !== false;
              const severityFor = (kind: RuleAccountKind) => setting?.severity?.[kind] ?? rule.severity[kind];
              const current = { personal: severityFor('personal'), school: severityFor('school') };
              const fromSchool = school.sets(`rules.${rule.id}`);
              const titleId = `rule-${rule.id}`;
              return (
                <tr key={rule.id} data-rule={rule.id}>
                  <th scope="row" id={titleId}>
                    <span className="rule-title">{rule.title}</span>
                    {fromSchool && <SetBySchool id={`${titleId}-school`} />}
                    <details>
                      <summary>
                        The policy says<span className="visually-hidden"> about: {rule.title}</span>
                      </summary>
                      {rule.clauses.map((clause) => (
                        <p key={clause.quote} className="source">
                          {citePolicy(clause)}
                        </p>
                      ))}
                    </details>
                  </th>
                  <td className="narrow">
                    <input
                      type="checkbox"
                      checked={enabled}
                      disabled={fromSchool}
                      aria-label={`Check for this: ${rule.title}`}
                      aria-describedby={fromSchool ? `${titleId}-school` : undefined}
                      onChange={(e) => void update(rule, ruleSetting(rule, e.target.checked, current), `${rule.title}: ${e.target.checked ? 'on' : 'off'}.`)}
                    />
                  </td>
                  {KINDS.map(({ kind, label }) => (
                    <td key={kind}>
                      {rule.severity[kind] ? (
                        <select
                          value={current[kind]}
                          disabled={!enabled || fromSchool}
                          aria-label={`${label}: ${rule.title}`}
                          aria-describedby={fromSchool ? `${titleId}-school` : undefined}
                          onChange={(e) =>
                            void update(
                              rule,
                              ruleSetting(rule, enabled, { ...current, [kind]: e.target.value as Severity }),
                              `${rule.title}, ${label.toLowerCase()}: ${SEVERITY_LABEL[e.target.value as Severity]}.`,
                            )
                          }
                        >
                          {SEVERITIES.map((severity) => (
                            <option key={severity} value={severity}>
                              {SEVERITY_LABEL[severity]}
                              {severity === rule.severity[kind] ? ' (policy)' : ''}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span className="hint">Not checked</span>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {!school.sets('rules') && (
        <div className="row">
          <button type="button" className="secondary" onClick={() => void resetAll()}>
            Put every check back to the policy's defaults
          </button>
        </div>
      )}
    </Section>
  );
}
