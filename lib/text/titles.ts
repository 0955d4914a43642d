/**
 * Titles people put before a name ("Mrs Pascoe", "Dr Jane Pascoe", "Coach Barnes"),
 * as folded word keys. Shared by staff matching (`school/staff.ts`: a title and a
 * surname names a member of staff) and pupil matching (`roster/name-index.ts`: a word
 * after a title is a surname, not a pupil's forename), so it sits below both.
 */
export const TITLES = ['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'dame', 'prof', 'professor', 'rev', 'revd', 'father', 'madame', 'mme', 'mister', 'missus', 'coach',
  // Clergy and religious in faith schools: "Deacon Fairclough", "Fr. Kelly", "Sister Costello".
  'fr', 'sr', 'sister', 'deacon', 'canon', 'monsignor', 'mgr', 'pastor', 'rabbi', 'imam', 'reverend'];

/** Titles written short, which may take a full stop ("Mr.", "Dr.", "Fr."): after any other word a full stop ends the sentence ("on the coach. Young people…"). */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'revd', 'fr', 'sr', 'mgr', 'mme', 'st']);

/** Does the gap after a title (folded word key) still join it to the name after it? Spaces do; a full stop only after a short title. */
export function joinsTitleToName(titleKey: string, gap: string): boolean {
  return /^[ \t]+$/.test(gap) || (ABBREVIATED_TITLES.has(titleKey) && /^\.[ \t]*$/.test(gap));
}
