/**
 * The school's own rules (docs/rules.md, "The school's own rules"): words or phrases to
 * watch, a message, the policy sentence, a severity per account kind and examples. On
 * Save the whole settings are validated, which runs every rule's examples; a rule whose
 * examples disagree with it is not saved, and the example is shown beside its field.
 */
import { useId, useRef, useState } from 'react';
import { customRuleClause } from '../../lib/custom-rules/compile';
import { citePolicy } from '../../lib/policy/clauses';
import type { CustomRule } from '../../lib/settings/custom-rules';
import { SettingsError } from '../../lib/settings/schema';
import { foldPhrase } from '../../lib/text/normalise';
import { SEVERITIES, type RuleAccountKind, type Severity } from '../../lib/types';
import { useAnnouncer } from '../ui/announcer';
import { SEVERITY_LABEL } from '../severity';
import { savedWithUndo } from './autosave';
import { linesOf, Section, SetBySchool } from './fields';
import { useSettings } from './settings-context';

const SECTION = 'school-rules';

type FieldName = 'id' | 'title' | 'phrases' | 'message' | 'policy' | 'severity' | 'flag' | 'pass';

const FIELD_LABEL: Record<FieldName, string> = {
  id: 'Rule ID',
  title: 'What the rule is about',
  phrases: 'Words or phrases to look for',
  message: 'What Post Check tells the writer',
  policy: 'The policy sentence it rests on',
  severity: 'How strongly it speaks',
  flag: 'Examples it must flag',
  pass: 'Examples it must let through',
};

const KINDS: { kind: RuleAccountKind; label: string }[] = [
  { kind: 'personal', label: 'On personal accounts' },
  { kind: 'school', label: 'On school accounts' },
];

interface Draft {
  id: string;
  title: string;
  phrases: string;
  message: string;
  policy: string;
  personal: Severity | '';
  school: Severity | '';
  flag: string;
  pass: string;
}

const EMPTY: Draft = { id: '', title: '', phrases: '', message: '', policy: '', personal: 'warn', school: 'warn', flag: '', pass: '' };

function draftOf(rule: CustomRule): Draft {
  return {
    id: rule.id,
    title: rule.title,
    phrases: rule.phrases.join('\n'),
    message: rule.message,
    policy: rule.policy,
    personal: rule.severity.personal ?? '',
    school: rule.severity.school ?? '',
    flag: rule.examples.flag.join('\n'),
    pass: rule.examples.pass.join('\n'),
  };
}

/** `Inspection results: embargo!` → `school-inspection-results-embargo`, made unique among `taken`. */
export function ruleIdFromTitle(title: string, taken: ReadonlySet<string>): string {
  const slug = foldPhrase(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = `school-${slug || 'rule'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** What the form holds, as the settings file's rule (validation is the settings file's own). */
function ruleOf(draft: Draft, taken: ReadonlySet<string>) {
  const severity: Partial<Record<RuleAccountKind, Severity>> = {};
  if (draft.personal) severity.personal = draft.personal;
  if (draft.school) severity.school = draft.school;
  return {
    id: draft.id.trim() || ruleIdFromTitle(draft.title, taken),
    title: draft.title,
    phrases: linesOf(draft.phrases),
    message: draft.message,
    policy: draft.policy,
    severity,
    examples: { flag: linesOf(draft.flag), pass: linesOf(draft.pass) },
  };
}

interface Problem {
  field: FieldName;
  /** What to tell the user, without the file's path. */
  text: string;
  /** The example that did not do what it says, when that is the problem. */
  example?: string;
}

/** `customRules[2].examples.flag[1]: “…” should be flagged…` → the form's field and plain words. */
function problemOf(error: SettingsError, index: number, rule: ReturnType<typeof ruleOf>): Problem {
  const prefix = `customRules[${index}]`;
  if (!error.path.startsWith(prefix)) return { field: 'title', text: error.message };
  const rest = error.path.slice(prefix.length).replace(/^\./, '');
  const detail = error.message.slice(error.path.length + 2);
  const example = /^examples\.(flag|pass)\[(\d+)\]/.exec(rest);
  if (example) {
    const field = example[1] as 'flag' | 'pass';
    const line = Number(example[2]);
    return { field, text: `${FIELD_LABEL[field]}, line ${line + 1}: ${detail}.`, example: rule.examples[field][line] };
  }
  const phrase = /^phrases\[(\d+)\]/.exec(rest);
  if (phrase) return { field: 'phrases', text: `${FIELD_LABEL.phrases}, line ${Number(phrase[1]) + 1}: ${detail}.` };
  const field = (['id', 'title', 'phrases', 'message', 'policy', 'severity'] as const).find((f) => rest === f || rest.startsWith(`${f}.`)) ?? 'title';
  return { field, text: `${FIELD_LABEL[field]}: ${detail}.` };
}

export function CustomRulesSection() {
  const { settings, save, school, undo } = useSettings();
  /** The school's IT sets these rules: shown, not edited here. */
  const fromSchool = school.sets('customRules');
  const say = useAnnouncer(SECTION);
  const formId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  /** null: no form open; -1: a new rule; otherwise the index of the rule being edited. */
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<Problem | null>(null);
  const rules = settings.customRules;

  const open = (index: number) => {
    setEditing(index);
    setDraft(index === -1 ? EMPTY : draftOf(rules[index]!));
    setProblem(null);
    say.clear();
  };
  const close = () => {
    setEditing(null);
    setProblem(null);
    // Back to where the user started.
    queueMicrotask(() => addButton.current?.focus());
  };

  const store = async (next: unknown[], done: string): Promise<boolean> => {
    try {
      await save((current) => ({ ...current, customRules: next }));
      savedWithUndo(say, undo)(done);
      return true;
    } catch (error) {
      if (error instanceof SettingsError) throw error;
      say.alert("Not saved: Post Check couldn't store the settings. Try again.");
      return false;
    }
  };

  const onSave = async () => {
    if (editing === null) return;
    const taken = new Set(rules.filter((_, i) => i !== editing).map((r) => r.id));
    const rule = ruleOf(draft, taken);
    const fail = (found: Problem) => {
      setProblem(found);
      say.alert(`Not saved. ${found.text}`);
    };
    if (!draft.title.trim()) return fail({ field: 'title', text: `${FIELD_LABEL.title}: write a short title.` });
    if (rule.examples.flag.length === 0) {
      return fail({ field: 'flag', text: `${FIELD_LABEL.flag}: give at least one post this rule should flag, so Post Check can check the rule does what you mean.` });
    }
    const index = editing === -1 ? rules.length : editing;
    const next = [...rules];
    next[index] = rule as CustomRule;
    try {
      const saved = await store(next, `Rule saved: ${rule.title.trim()}. Its ${count(rule.examples.flag.length + rule.examples.pass.length, 'example')} did what they say.`);
      if (saved) close();
    } catch (error) {
      fail(problemOf(error as SettingsError, index, rule));
    }
  };

  const remove = async (index: number) => {
    const rule = rules[index]!;
    try {
      if (await store(rules.filter((_, i) => i !== index), `Rule removed: ${rule.title}.`)) {
        if (editing !== null) setEditing(null);
        addButton.current?.focus();
      }
    } catch (error) {
      say.alert(`Not saved. ${(error as Error).message}`);
    }
  };

  const field = (name: FieldName) => ({
    invalid: problem?.field === name,
    errorId: problem?.field === name ? `${formId}-error` : undefined,
  });

  return (
    <Section
      id={SECTION}
      intro={
        <p className="hint">
          Words or phrases your school wants staff to stop and think about, beyond the checks above. Each rule comes with examples: Post Check runs them when you save, so you
          know the rule does what you meant before anyone sees it.
        </p>
      }
    >
      {fromSchool && <SetBySchool id={`${SECTION}-school`} />}
      {rules.length === 0 ? (
        <p>No rules of your school's own yet.</p>
      ) : (
        <ul className="rules" aria-label="Your school's rules">
          {rules.map((rule, index) => (
            <li key={rule.id} data-rule={rule.id}>
              <h3 id={`custom-${rule.id}`}>{rule.title}</h3>
              <p>
                Looks for: {rule.phrases.map((p) => `“${p}”`).join(', ')}
              </p>
              <p className="hint">
                {KINDS.map(({ kind, label }) => `${label}: ${rule.severity[kind] ? SEVERITY_LABEL[rule.severity[kind]] : 'not checked'}`).join('. ')}. ID: {rule.id}
              </p>
              <p className="source">{citePolicy(customRuleClause(rule.policy))}</p>
              {!fromSchool && (
                <div className="row">
                  <button type="button" className="secondary" aria-describedby={`custom-${rule.id}`} onClick={() => open(index)}>
                    Edit
                  </button>
                  <button type="button" className="secondary" aria-describedby={`custom-${rule.id}`} onClick={() => void remove(index)}>
                    Remove
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {fromSchool ? null : editing === null ? (
        <div className="row">
          <button type="button" ref={addButton} onClick={() => open(-1)}>
            Add a rule
          </button>
        </div>
      ) : (
        <form
          noValidate
          aria-labelledby={`${formId}-title`}
          onSubmit={(event) => {
            event.preventDefault();
            void onSave();
          }}
        >
          <h3 id={`${formId}-title`}>{editing === -1 ? 'A new rule' : `Edit: ${rules[editing]?.title ?? ''}`}</h3>
          {problem && (
            <div className="notice error" id={`${formId}-error`} data-testid="rule-problem">
              <p>{problem.text}</p>
              {problem.example !== undefined && (
                <p>
                  The example: <q data-testid="failing-example">{problem.example}</q>
                </p>
              )}
            </div>
          )}
          <Field label={FIELD_LABEL.title} hint="A short line, like “Inspection results before they are published”." value={draft.title} onChange={(title) => setDraft({ ...draft, title })} {...field('title')} />
          <Field
            label={FIELD_LABEL.phrases}
            hint="One a line. Whole words, whatever the capitals, accents or apostrophes."
            value={draft.phrases}
            onChange={(phrases) => setDraft({ ...draft, phrases })}
            multiline
            {...field('phrases')}
          />
          <Field
            label={FIELD_LABEL.message}
            hint="Say what to do instead, kindly: it is shown next to the words."
            value={draft.message}
            onChange={(message) => setDraft({ ...draft, message })}
            multiline
            {...field('message')}
          />
          <Field
            label={FIELD_LABEL.policy}
            hint="Copy the sentence from your school's policy."
            value={draft.policy}
            onChange={(policy) => setDraft({ ...draft, policy })}
            {...field('policy')}
          />
          <fieldset className="plain field" aria-invalid={field('severity').invalid || undefined} aria-describedby={field('severity').errorId}>
            <legend className="label">{FIELD_LABEL.severity}</legend>
            <div className="row">
              {KINDS.map(({ kind, label }) => (
                <label key={kind} className="field">
                  <span className="label">{label}</span>
                  <select value={draft[kind]} onChange={(e) => setDraft({ ...draft, [kind]: e.target.value as Severity | '' })}>
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {SEVERITY_LABEL[severity]}
                      </option>
                    ))}
                    <option value="">Not checked</option>
                  </select>
                </label>
              ))}
            </div>
          </fieldset>
          <Field
            label={FIELD_LABEL.flag}
            hint="One post a line that this rule should flag. At least one."
            value={draft.flag}
            onChange={(flag) => setDraft({ ...draft, flag })}
            multiline
            {...field('flag')}
          />
          <Field
            label={FIELD_LABEL.pass}
            hint="One post a line that looks close but is fine."
            value={draft.pass}
            onChange={(pass) => setDraft({ ...draft, pass })}
            multiline
            {...field('pass')}
          />
          <Field
            label={FIELD_LABEL.id}
            hint="How the settings file and the history name the rule. Leave it empty to make one from the title."
            value={draft.id}
            onChange={(id) => setDraft({ ...draft, id })}
            {...field('id')}
          />
          <div className="row">
            <button type="submit">Check the examples and save</button>
            <button type="button" className="secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Section>
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface FieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  invalid: boolean;
  errorId?: string;
}

function Field({ label, hint, value, onChange, multiline, invalid, errorId }: FieldProps) {
  const id = useId();
  const props = {
    id,
    value,
    'aria-describedby': [`${id}-hint`, errorId].filter(Boolean).join(' '),
    'aria-invalid': invalid || undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" autoComplete="off" {...props} />}
    </div>
  );
}
