import { describe, expect, it } from 'vitest';
import { check, rulesFor } from '../helpers';

describe('pupil-image', () => {
  it('blocks a photo on a personal post that mentions the school or a pupil', () => {
    expect(check("Sports day at St Stephen's!", 'personal', { images: 1 })).toContainEqual(expect.objectContaining({ rule: 'pupil-image', severity: 'block' }));
    expect(rulesFor('Well done Grace Okafor!', 'personal', { images: 2 })).toContain('pupil-image');
    expect(rulesFor("Sports day at St Stephen's!", 'unknown', { images: 1 })).toContain('pupil-image');
  });

  it('does not fire without a photo, without a school or pupil mention, or on the school account', () => {
    expect(rulesFor("Sports day at St Stephen's!", 'personal')).not.toContain('pupil-image');
    expect(rulesFor('Sunset at the beach', 'personal', { images: 1 })).not.toContain('pupil-image');
    expect(rulesFor("Sports day at St Stephen's!", 'school', { images: 1 })).not.toContain('pupil-image');
  });
});
