/**
 * Asking for a new school social media account (the policy's "Process for creating new
 * accounts"): the business case, checked, kept as a draft on this computer, then shown
 * as a tidy printable page and offered as an email to the SLT contact in settings.
 */
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import {
  ACCOUNT_CONDITIONS,
  accountRequestMailto,
  BUSINESS_CASE_POINTS,
  checkAccountRequest,
  CONDITIONS_IN_SHORT,
  draftFromStorage,
  EMPTY_REQUEST,
  OPENNESS,
  OPENNESS_LABEL,
  requestLines,
  type AccountRequest as Request,
  type AccountRequestDraft,
  type RequestField,
} from '../../lib/account-request';
import { SITE_NAMES, SITES } from '../../lib/types';
import { loadEffectiveSettings } from '../../utils/managed-settings';
import { reportProblem } from '../../utils/problems';
import { accountRequestDraftItem } from '../../utils/ui-storage';

const FIELD_ID: Record<RequestField, string> = {
  requesterName: 'request-name',
  site: 'request-site',
  otherSite: 'request-other-site',
  aim: 'request-aim',
  audience: 'request-audience',
  promotion: 'request-promotion',
  runBy: 'request-run-by',
  openness: 'request-openness',
};

/** The order problems are listed in: the form's order. */
const FIELD_ORDER: RequestField[] = ['requesterName', 'site', 'otherSite', 'aim', 'audience', 'promotion', 'runBy', 'openness'];

const SAVE_DELAY_MS = 300;

export function AccountRequest() {
  const [draft, setDraft] = useState<AccountRequestDraft | null>(null);
  const [slt, setSlt] = useState<string>('');
  const [errors, setErrors] = useState<Partial<Record<RequestField, string>>>({});
  const [request, setRequest] = useState<Request | null>(null);
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const summary = useRef<HTMLDivElement>(null);
  const printable = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void accountRequestDraftItem.getValue().then((value) => setDraft(draftFromStorage(value)));
    void loadEffectiveSettings().then(
      (effective) => setSlt(effective.settings.contacts.slt?.trim() ?? ''),
      (error: unknown) => void reportProblem('reading the settings for the account request', error),
    );
  }, []);

  // The draft is kept as it is typed, a moment after the last change.
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => {
      accountRequestDraftItem.setValue(draft).then(
        () => setSaved('saved'),
        () => setSaved('failed'),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => {
    if (request) printable.current?.focus();
  }, [request]);

  if (!draft) return <p role="status">Loading…</p>;

  const set = <K extends keyof AccountRequestDraft>(key: K, value: AccountRequestDraft[K]) => setDraft({ ...draft, [key]: value });

  const submit = () => {
    const checked = checkAccountRequest(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      queueMicrotask(() => summary.current?.focus());
      return;
    }
    setErrors({});
    setRequest(checked.request);
  };

  const startAgain = async () => {
    await accountRequestDraftItem.removeValue();
    setDraft({ ...EMPTY_REQUEST });
    setErrors({});
    setSaved('idle');
  };

  if (request) return <Printable request={request} slt={slt} heading={printable} onEdit={() => setRequest(null)} />;

  const problems = FIELD_ORDER.filter((field) => errors[field]);
  const invalid = (field: RequestField) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': [errors[field] ? `${FIELD_ID[field]}-error` : '', `${FIELD_ID[field]}-hint`].filter(Boolean).join(' ') || undefined,
  });
  const error = (field: RequestField) =>
    errors[field] ? (
      <p className="field-error" id={`${FIELD_ID[field]}-error`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <div className="page">
      <header>
        <h1>Ask for a new school account</h1>
        <p>
          The policy asks anyone who wants a social media account for the school to give the School Leadership Team a business case. Answer the questions below; Post Check makes a
          tidy page to print and an email to your SLT. Nothing is sent until you send it.
        </p>
        <p className="hint" aria-live="polite">
          {saved === 'failed' ? "Post Check couldn't keep your draft on this computer." : 'Your answers are kept on this computer as you type, until you start again.'}
        </p>
      </header>
      <main>
        {problems.length > 0 && (
          <div className="notice error" role="alert" tabIndex={-1} ref={summary} data-testid="request-problems">
            <h2>{problems.length === 1 ? 'One answer needs a look' : `${problems.length} answers need a look`}</h2>
            <ul>
              {problems.map((field) => (
                <li key={field}>
                  <a href={`#${FIELD_ID[field]}`}>{errors[field]}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <section aria-labelledby="request-you">
            <h2 id="request-you">You</h2>
            <Field id={FIELD_ID.requesterName} label="Your name" hint="As the SLT knows you." error={error('requesterName')}>
              <input id={FIELD_ID.requesterName} type="text" autoComplete="name" value={draft.requesterName} onChange={(e) => set('requesterName', e.target.value)} {...invalid('requesterName')} />
            </Field>
            <Field id="request-role" label="Your role (optional)" hint="For example Year 4 teacher, or head of PE.">
              <input id="request-role" type="text" value={draft.requesterRole} onChange={(e) => set('requesterRole', e.target.value)} aria-describedby="request-role-hint" />
            </Field>
          </section>
          <section aria-labelledby="request-account">
            <h2 id="request-account">The account</h2>
            <fieldset className="plain field" aria-describedby={invalid('site')['aria-describedby']} id={FIELD_ID.site} tabIndex={-1}>
              <legend className="label">Which site?</legend>
              <p className="hint" id={`${FIELD_ID.site}-hint`}>
                Where the account would be.
              </p>
              {error('site')}
              <div className="row">
                {[...SITES, 'other' as const].map((site) => (
                  <label key={site} className="check">
                    <input type="radio" name="site" value={site} checked={draft.site === site} aria-invalid={invalid('site')['aria-invalid']} onChange={() => set('site', site)} />
                    {site === 'other' ? 'Another site' : SITE_NAMES[site]}
                  </label>
                ))}
              </div>
            </fieldset>
            {draft.site === 'other' && (
              <Field id={FIELD_ID.otherSite} label="Which other site?" hint="For example Instagram or YouTube." error={error('otherSite')}>
                <input id={FIELD_ID.otherSite} type="text" value={draft.otherSite} onChange={(e) => set('otherSite', e.target.value)} {...invalid('otherSite')} />
              </Field>
            )}
            <Field id="request-account-name" label="The account's name (optional)" hint="What it would be called, like @StStephensPE.">
              <input id="request-account-name" type="text" value={draft.accountName} onChange={(e) => set('accountName', e.target.value)} aria-describedby="request-account-name-hint" />
            </Field>
          </section>
          <section aria-labelledby="request-case">
            <h2 id="request-case">The business case</h2>
            <Field id={FIELD_ID.aim} label={BUSINESS_CASE_POINTS.aim} hint="What the account is for, and why social media helps." error={error('aim')}>
              <textarea id={FIELD_ID.aim} rows={3} value={draft.aim} onChange={(e) => set('aim', e.target.value)} {...invalid('aim')} />
            </Field>
            <Field id={FIELD_ID.audience} label={BUSINESS_CASE_POINTS.audience} hint="Who should read it: parents, the community, other schools…" error={error('audience')}>
              <textarea id={FIELD_ID.audience} rows={3} value={draft.audience} onChange={(e) => set('audience', e.target.value)} {...invalid('audience')} />
            </Field>
            <Field id={FIELD_ID.promotion} label={BUSINESS_CASE_POINTS.promotion} hint="How people will find out about it: newsletter, website, letters home…" error={error('promotion')}>
              <textarea id={FIELD_ID.promotion} rows={3} value={draft.promotion} onChange={(e) => set('promotion', e.target.value)} {...invalid('promotion')} />
            </Field>
            <Field
              id={FIELD_ID.runBy}
              label="Who will run the account"
              hint="At least two members of staff, one name a line. The policy asks for two, so the account is never left with one person."
              error={error('runBy')}
            >
              <textarea id={FIELD_ID.runBy} rows={3} value={draft.runBy} onChange={(e) => set('runBy', e.target.value)} {...invalid('runBy')} />
            </Field>
            <fieldset className="plain field" aria-describedby={invalid('openness')['aria-describedby']} id={FIELD_ID.openness} tabIndex={-1}>
              <legend className="label">{BUSINESS_CASE_POINTS.openness}</legend>
              <p className="hint" id={`${FIELD_ID.openness}-hint`}>
                Open accounts can be seen by anyone; private or closed ones only by people the account accepts.
              </p>
              {error('openness')}
              {OPENNESS.map((openness) => (
                <label key={openness} className="check">
                  <input
                    type="radio"
                    name="openness"
                    value={openness}
                    checked={draft.openness === openness}
                    aria-invalid={invalid('openness')['aria-invalid']}
                    onChange={() => set('openness', openness)}
                  />
                  {OPENNESS_LABEL[openness]}
                </label>
              ))}
            </fieldset>
          </section>
          <section aria-labelledby="request-ready">
            <h2 id="request-ready">Policy and training</h2>
            <p className="hint">The SLT must be satisfied that everyone who runs the account has read the policy and had training. Tick what is already true.</p>
            <label className="check">
              <input type="checkbox" checked={draft.readPolicy} onChange={(e) => set('readPolicy', e.target.checked)} />
              Everyone named has read the social media policy
            </label>
            <label className="check">
              <input type="checkbox" checked={draft.trained} onChange={(e) => set('trained', e.target.checked)} />
              Everyone named has had social media training
            </label>
          </section>
          <div className="row">
            <button type="submit">Check my answers and make the page</button>
            <button type="button" className="secondary" onClick={() => void startAgain()}>
              Start again
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}

function Field({ id, label, hint, error, children }: { id: string; label: string; hint: string; error?: ReactNode; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error}
      {children}
    </div>
  );
}

function Printable({ request, slt, heading, onEdit }: { request: Request; slt: string; heading: RefObject<HTMLHeadingElement | null>; onEdit(): void }) {
  const mailto = slt ? accountRequestMailto(request, slt) : null;
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <div className="page">
      <header className="no-print">
        <p className="notice ok" role="status">
          Your answers are complete. Print this page for the SLT, or email it.
        </p>
        <div className="row">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          {mailto ? (
            <a className="button" href={mailto} data-testid="request-email" target="_blank" rel="noreferrer">
              Email it to the SLT ({slt})
            </a>
          ) : (
            <p className="hint">Your school hasn't put an SLT email address in Post Check's settings, so print the page and hand it in.</p>
          )}
          <button type="button" className="secondary" onClick={onEdit}>
            Change my answers
          </button>
        </div>
      </header>
      <main>
        <article className="printable" aria-labelledby="request-title" data-testid="request-printable">
          <h1 id="request-title" tabIndex={-1} ref={heading}>
            Business case for a new school social media account
          </h1>
          <p>For the School Leadership Team. {today}.</p>
          <dl>
            {requestLines(request).map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <section className="conditions" aria-labelledby="request-conditions">
            <h2 id="request-conditions">If it is approved</h2>
            <ul>
              {CONDITIONS_IN_SHORT.map((condition) => (
                <li key={condition}>{condition}</li>
              ))}
            </ul>
            <p>The policy says:</p>
            {ACCOUNT_CONDITIONS.map((clause) => (
              <figure key={clause.quote} className="clause">
                <blockquote>{clause.quote}</blockquote>
                <figcaption className="source">{clause.section}</figcaption>
              </figure>
            ))}
          </section>
          <section className="conditions" aria-labelledby="request-decision">
            <h2 id="request-decision">The SLT's decision</h2>
            <p>Approved / Rejected (delete one)</p>
            <div className="signature">
              <span>Signed</span>
              <span />
              <span>Date</span>
              <span />
              <span>Training arranged</span>
              <span />
              <span>Login details kept by</span>
              <span />
            </div>
          </section>
        </article>
      </main>
    </div>
  );
}
