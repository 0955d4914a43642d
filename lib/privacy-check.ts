/**
 * The termly privacy check-up (the policy's Appendix: "Check your settings regularly
 * and test your privacy"): when the opt-in reminder comes round, and where each site
 * keeps its privacy settings. Pure: the alarm that uses it is utils/alarms.ts.
 */
import type { Site } from './types';

export interface PrivacyLink {
  label: string;
  url: string;
  /** What to look at there, in a line. */
  hint: string;
}

/** Each site's own privacy pages. Opened only when the user clicks: Post Check itself never visits them. */
export const PRIVACY_LINKS: Record<Site, readonly PrivacyLink[]> = {
  x: [
    { label: 'Privacy and safety', url: 'https://x.com/settings/privacy_and_safety', hint: 'Who can see your posts, find you and message you.' },
    { label: 'Audience, media and tagging', url: 'https://x.com/settings/audience_and_tagging', hint: 'Protect your posts, and who can tag you in photos.' },
  ],
  facebook: [
    { label: 'Privacy Checkup', url: 'https://www.facebook.com/privacy/checkup', hint: 'Who can see what you share, and how people can find you.' },
    { label: 'Profile and tagging', url: 'https://www.facebook.com/settings/?tab=profile_and_tagging', hint: 'Review tags before they appear on your profile.' },
  ],
  linkedin: [
    { label: 'Settings and privacy: visibility', url: 'https://www.linkedin.com/psettings/', hint: 'Who can see your profile, connections and activity.' },
    { label: 'Public profile', url: 'https://www.linkedin.com/public-profile/settings', hint: 'What people who are not signed in can see.' },
  ],
};

/** Roughly the start of the second week of each English school term: spring, summer, autumn. */
const TERM_DAYS: readonly [month: number, day: number][] = [
  [0, 8],
  [3, 22],
  [8, 8],
];

/** Reminders come at the end of a school day, local time. */
const REMINDER_HOUR = 16;

/** The first Monday on or after the day, at REMINDER_HOUR. */
function mondayOnOrAfter(year: number, month: number, day: number): Date {
  const date = new Date(year, month, day, REMINDER_HOUR, 0, 0, 0);
  while (date.getDay() !== 1) date.setDate(date.getDate() + 1);
  return date;
}

/** The next termly reminder after `now`: a Monday in early January, late April or early September, at 16:00. */
export function nextTermReminder(now: Date): Date {
  for (const year of [now.getFullYear(), now.getFullYear() + 1]) {
    for (const [month, day] of TERM_DAYS) {
      const when = mondayOnOrAfter(year, month, day);
      if (when.getTime() > now.getTime()) return when;
    }
  }
  // Unreachable: next year's January always follows.
  return mondayOnOrAfter(now.getFullYear() + 1, 0, 8);
}
