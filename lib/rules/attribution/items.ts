/** What attribution reports: a link, a quotation or something "found online" that carries no credit. */
import type { Span } from '../../text/tokens';

export type ItemKind = 'link' | 'quote' | 'found';

export interface Item extends Span {
  kind: ItemKind;
}
