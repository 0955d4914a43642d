/** What the personal-data detectors report, and what several of them share. */
import { anyOf, type Vocabulary } from '../../text/patterns';
import type { Span } from '../../text/tokens';

export type Item = 'email' | 'phone' | 'address' | 'birthDate' | 'upn' | 'nhs' | 'niNumber';

/** An item found, as a span of the folded text. */
export interface Found extends Span {
  item: Item;
}

// Reference numbers are not someone's contact details: "order or reference numbers".
const REFERENCE_WORDS: Vocabulary = [
  'isbn(?:-?1[03])?', 'issn', 'order', 'ref', 'reference', 'invoice', 'booking', 'tracking', 'receipt', 'serial', 'transaction', 'barcode',
];
/** A reference number's label just before a number: "order no. ", "ISBN ". */
export const REFERENCE_BEFORE = new RegExp(String.raw`\b${anyOf(...REFERENCE_WORDS)}(?:\s*(?:no|number|num|id|code)\b)?[^\p{L}\n]{0,6}$`, 'u');
