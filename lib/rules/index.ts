/** Every rule, in the order of docs/rules.md. A test checks each rule file (`<id>.ts`) or folder (`<id>/index.ts`) is listed. */
import type { BuiltInRule } from './rule';
import attribution from './attribution';
import confidential from './confidential';
import controversial from './controversial';
import disclaimerMissing from './disclaimer-missing';
import disrepute from './disrepute';
import imageConsent from './image-consent';
import internalGrievance from './internal-grievance';
import journalistContact from './journalist-contact';
import noConsentPupil from './no-consent-pupil';
import offensiveLanguage from './offensive-language';
import personalData from './personal-data';
import pupilContact from './pupil-contact';
import pupilImage from './pupil-image';
import pupilName from './pupil-name';
import schoolBranding from './school-branding';
import staffNamed from './staff-named';
import tone from './tone';

export const RULES: readonly BuiltInRule[] = [
  disclaimerMissing,
  pupilName,
  noConsentPupil,
  personalData,
  offensiveLanguage,
  confidential,
  internalGrievance,
  staffNamed,
  pupilContact,
  schoolBranding,
  controversial,
  disrepute,
  attribution,
  tone,
  journalistContact,
  pupilImage,
  imageConsent,
];

export function ruleById(id: string): BuiltInRule | undefined {
  return RULES.find((r) => r.id === id);
}
