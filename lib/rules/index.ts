/** Every rule, in the order of spec/rules.md. A test checks each file here is listed. */
import type { Rule } from './rule';
import disclaimerMissing from './disclaimer-missing';
import imageConsent from './image-consent';
import noConsentPupil from './no-consent-pupil';
import personalData from './personal-data';
import pupilImage from './pupil-image';
import pupilName from './pupil-name';
import schoolBranding from './school-branding';
import staffNamed from './staff-named';

export const RULES: readonly Rule[] = [
  disclaimerMissing,
  pupilName,
  noConsentPupil,
  personalData,
  staffNamed,
  schoolBranding,
  pupilImage,
  imageConsent,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
