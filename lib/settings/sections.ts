/**
 * The settings page's sections, in page order: each one's element id (the page's
 * contents link to `#<id>`, the popup opens `options.html#<id>`, managed fields say
 * which section shows them) and its heading. The one list the page, its contents, the
 * popup's links and the managed fields take their ids from.
 */
export const SETTINGS_SECTIONS = [
  { id: 'school', title: 'School' },
  { id: 'accounts', title: 'Official accounts' },
  { id: 'disclaimer', title: 'Disclaimer' },
  { id: 'pupils', title: 'Pupils' },
  { id: 'staff', title: 'Staff' },
  { id: 'logos', title: 'Logos' },
  { id: 'rules', title: 'Checks' },
  { id: 'school-rules', title: "Your school's own rules" },
  { id: 'late-night', title: 'Late-night pause' },
  { id: 'transfer', title: 'Import and export' },
  { id: 'new-account', title: 'A new school account' },
  { id: 'privacy-check', title: 'Privacy check-up' },
  { id: 'history', title: 'Your history' },
] as const;

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

/** The notice at the top of the page when the school manages Post Check: a section, but not in the contents. */
export const SCHOOL_POLICY_SECTION = { id: 'school-policy', title: 'Set by your school' } as const;

/** Where a link into the settings page may point: a section, the school's notice, or the first-run introduction. */
export type SettingsAnchor = SettingsSectionId | typeof SCHOOL_POLICY_SECTION.id | 'setup';

/** A section's heading. */
export function sectionTitle(id: SettingsSectionId | typeof SCHOOL_POLICY_SECTION.id): string {
  if (id === SCHOOL_POLICY_SECTION.id) return SCHOOL_POLICY_SECTION.title;
  return SETTINGS_SECTIONS.find((section) => section.id === id)!.title;
}
