/** Which kind of account the post is treated as coming from, and the switch (the same choice as the inline panel's). */
import { useId } from 'react';
import type { ComposerState } from '../../lib/messaging';
import { type Site, SITE_NAMES } from '../../lib/types';

export interface AccountChoiceProps {
  site: Site;
  composer: ComposerState;
  onChoose(kind: 'personal' | 'school'): void;
  /** Set after a choice is saved. */
  saved: 'personal' | 'school' | null;
}

function why(composer: ComposerState, site: Site, saved: AccountChoiceProps['saved']): string {
  const who = composer.handle ? composer.handle : `this account on ${SITE_NAMES[site]}`;
  if (saved) return `Saved for ${who}. Your post is checked this way as you carry on writing it.`;
  switch (composer.accountSource) {
    case 'official':
      return `${who} is one of the school's official accounts in Post Check's settings.`;
    case 'user':
      return `You chose this for ${who}.`;
    case 'page':
      return `Post Check took this from the page: ${who} looks like a person's own account.`;
    default:
      return "Post Check can't tell which account this is. Choose one so the right checks apply; until then it uses the stricter personal-account checks.";
  }
}

export function AccountChoice({ site, composer, onChoose, saved }: AccountChoiceProps) {
  const headingId = useId();
  const name = useId();
  const kind = saved ?? (composer.account === 'unknown' ? null : composer.account);
  return (
    <section aria-labelledby={headingId}>
      <fieldset className="plain" data-testid="popup-account">
        <legend id={headingId}>
          <h2>This post is from</h2>
        </legend>
        <div className="choices-row">
          <label className="check">
            <input type="radio" name={name} value="personal" checked={kind === 'personal'} onChange={() => onChoose('personal')} />
            My personal account
          </label>
          <label className="check">
            <input type="radio" name={name} value="school" checked={kind === 'school'} onChange={() => onChoose('school')} />
            The school's account
          </label>
        </div>
        <p className="hint">{why(composer, site, saved)}</p>
      </fieldset>
    </section>
  );
}
