/**
 * Every check, with the policy sentence it rests on: on or off, and how strongly it
 * speaks on personal and on school accounts. Only differences from the policy's
 * defaults are kept in the settings.
 */
import { RULES } from '../../lib/rules';
import type { BuiltInRule as Rule } from '../../lib/rules/rule';
import { citePolicy } from '../../lib/policy/clauses';
import type { RuleSetting, Settings } from '../../lib/settings/schema';
import { SEVERITIES, type RuleAccountKind, type Severity } from '../../lib/types';
import { useAnnouncer } from '../ui/announcer';
import { SEVERITY_LABEL } from '../severity';
import { Section, SetBySchool } from './fields';
import { useSettings } from './settings-context';

const KINDS: { kind: RuleAccountKind; label: string }[] = [
  { kind: 'personal', label: 'Personal accounts' },
  { kind: 'school', label: 'School accounts' },
];

/** The setting for a rule with only what differs from its defaults, or undefined when nothing does. */
export function ruleSetting(rule: Rule, enabled: boolean, severity: Partial<Record<RuleAccountKind, Severity>>): RuleSetting | undefined {
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
  const { settings, school, save } = useSettings();
  const say = useAnnouncer('rules');

  const update = async (rule: Rule, next: RuleSetting | undefined, done: string) => {
    const rules: Settings['rules'] = { ...settings.rules };
    if (next) rules[rule.id] = next;
    else delete rules[rule.id];
    try {
      await save({ ...settings, rules });
      say.status(done);
    } catch {
      say.alert("Not saved: Post Check couldn't store the settings. Try again.");
    }
  };

  const resetAll = async () => {
    try {
      await save({ ...settings, rules: {} });
      say.status("Every check is back to the policy's defaults.");
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
          <strong>Check</strong> shows a warning, <strong>Tip</strong> is a reminder. Changes are saved as you make them.
        </p>
      }
    >
      <ul className="rules">
        {RULES.map((rule) => {
          const setting = settings.rules[rule.id];
          const enabled = setting?.enabled !== false;
          const severityFor = (kind: RuleAccountKind) => setting?.severity?.[kind] ?? rule.severity[kind];
          const current = { personal: severityFor('personal'), school: severityFor('school') };
          const fromSchool = school.sets(`rules.${rule.id}`);
          return (
            <li key={rule.id} data-rule={rule.id}>
              <h3 id={`rule-${rule.id}`}>{rule.title}</h3>
              {fromSchool && <SetBySchool id={`rule-${rule.id}-school`} />}
              <label className="check">
                <input
                  type="checkbox"
                  checked={enabled}
                  disabled={fromSchool}
                  aria-describedby={fromSchool ? `rule-${rule.id} rule-${rule.id}-school` : `rule-${rule.id}`}
                  onChange={(e) =>
                    void update(rule, ruleSetting(rule, e.target.checked, current), `${rule.title}: ${e.target.checked ? 'on' : 'off'}.`)
                  }
                />
                Check for this
              </label>
              <div className="kinds">
                {KINDS.map(({ kind, label }) =>
                  rule.severity[kind] ? (
                    <label key={kind} className="field">
                      <span className="label">{label}</span>
                      <select
                        value={current[kind]}
                        disabled={!enabled || fromSchool}
                        aria-describedby={fromSchool ? `rule-${rule.id}-school` : undefined}
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
                            {severity === rule.severity[kind] ? ' (policy default)' : ''}
                          </option>
                        ))}
                      </select>
                    </label>
                  ) : (
                    <p key={kind} className="field hint">
                      {label}: not checked (the policy's rule is for {kind === 'personal' ? 'school' : 'personal'} accounts)
                    </p>
                  ),
                )}
              </div>
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
            </li>
          );
        })}
      </ul>
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
