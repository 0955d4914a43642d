import { describe, expect, it } from 'vitest';
import { IMAGE_CONSENT_CHECKLIST } from '../../lib/rules/image-consent';
import { check, rulesFor } from '../helpers';

describe('image-consent', () => {
  it('gives the consent checklist for a photo on the school account', () => {
    const [finding] = check('Year 5 at the Eden Project today', 'school', { images: 3 }).filter((f) => f.rule === 'image-consent');
    expect(finding).toMatchObject({ severity: 'info' });
    for (const item of IMAGE_CONSENT_CHECKLIST) expect(finding!.message).toContain(item);
    expect(finding!.policy).toMatch(/^Use of images: /);
  });

  it('does not fire without a photo or on a personal account', () => {
    expect(rulesFor('Year 5 at the Eden Project today', 'school')).not.toContain('image-consent');
    expect(rulesFor('Lovely sunset', 'personal', { images: 1 })).not.toContain('image-consent');
  });
});
