/**
 * Limits shared by the engine, the messages between the extension's parts and the
 * importers, so that what one part accepts the next never refuses (issue 8).
 */

/**
 * How much of a draft is checked, in UTF-16 units: X's longest posts (Premium, 25,000
 * characters) and all of LinkedIn's (3,000) fit; only Facebook accepts more (63,206),
 * and a staff post that long is vanishingly rare. Past this, the rest of the draft is
 * not checked and the result says so (`unchecked`), so the post is held rather than
 * passed: checking costs time in proportion to the text, and one tab must not be able
 * to stall checking for every other tab (issue 8).
 */
export const CHECK_LIMIT = 25_000;

/** The longest name (forename, surname, preferred name) the pupil list keeps, in characters. */
export const MAX_NAME_LENGTH = 100;
/** The most social handles kept for one pupil, and the longest handle. */
export const MAX_HANDLES = 10;
export const MAX_HANDLE_LENGTH = 100;
/** Year group and class are for display only: longer values are dropped. */
export const MAX_YEAR_OR_CLASS_LENGTH = 50;
/** Far more pupils than any school has: a file with more is not a pupil list. */
export const MAX_PUPILS = 200_000;

/** The longest disclaimer, in characters: it must fit in a post on every site (X's standard posts are 280). */
export const DISCLAIMER_MAX_LENGTH = 280;
