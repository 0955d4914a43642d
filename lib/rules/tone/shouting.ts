/**
 * Shouting: runs of words typed in capitals ("NO SCHOOL TOMORROW", "PLEASE DO NOT
 * PARK"), told apart from the acronyms school posts are full of ("SSCA PTA AGM",
 * "KS2 SATs", "NHS", "SENCO").
 *
 * A capitalised token is one of:
 * - a word: an everyday English word of two to four letters (NO, DO, NOT, BIG), or any
 *   longer token that is not a known acronym (TOMORROW, CONGRATULATIONS);
 * - an acronym: a short token that is not an everyday word (PTA, AGM, SLT, EHCP), a
 *   token with a digit (KS2, Y6), a known long acronym (OFSTED, NSPCC), or part of
 *   the school's own name (SSCA, ST STEPHENS COMMUNITY ACADEMY);
 * - ambiguous: both an everyday word and a school acronym (SEND, IT, RE, US). It counts
 *   as a word only in a run that already has a word in it ("PLEASE SEND FORMS").
 * Single capital letters (A, I) and numbers sit inside a run without breaking it, and
 * A and I count once the run has two words ("WHAT A GOAL").
 * A run shouts when it holds three or more words.
 */
import type { PreparedDraft } from '../../text/prepared';
import type { Span, Token } from '../../text/tokens';

/** Everyday English words of two to four letters: in capitals they are shouting, not acronyms. */
const SHORT_WORDS = new Set(
  `
am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye yo the and are but for not all any can did get got had has her him
his how its let may our out own per she too two use was way who why yet off via ago also been both come does done down each even ever from gets give
goes gone have here into just keep know last left like made make many more most much must need next none once only onto over said same says see seen
some soon such sure take than that them then they this thus told upon very want well went were what when whom will with your ours mine lots less till
else away back call came care case cant dont wont isnt aint news big huge best good new day days week term year time now fun free sale open shut late
lost find help stop wait look read book club team win wins won goal game play kit bag bags coat hat hats snow rain wind sun hot cold warm trip bus car
cars park road gate hall room door menu food cake tea milk pay paid cash card form note sign date june july love miss hope wish joy wow yay omg lol
haha oops yeah yep nope okay dear one six ten four five nine zero half full real true fake bad sad mad glad nice kind fab cool epic wild fast slow
long tall tiny old boys kids mum mums dad dads baby men man lady sir home safe hurt ill sick dry wet ice icy fog heat fire bell test exam mock mark
set sets pen pens star hero king gold red blue pink grey gray wear worn shoe sock tie ties top tops hair face hand head eyes eye ear arm leg legs feet
foot run ran walk jump swim ride bike race ball bat net cup cups fair fete show gift fund gave buy sell sold cost ask tell talk meet met join try saw
hear put end ends due yes yess woo hoo hey bye you luck lose fail pass ugh lets stay word idea plan rule hard easy fine dead mega lord god hell damn
boo sob cry fans far few say lie lies live life fact able kept line list near nor odd age ages add aid aim air bed bit box boy cut dog egg eat ate fit
fix fly gym hit job key kid lay led lit log low map mix mud nap oil pet pie pop pot pub rat raw row sea sit sky son sum tap tax tin toy van war web
zoo area army band bank base bath bear beat bird blow boat body bone born boss busy cafe camp chef chip city clay copy corn crew cube dark deal deep
desk diet dish drop drum dust duty earn east edge exit farm fear feel fell felt film fish flag flat flow fold folk fork gain girl glue grow hold hole
holy hour iron item jazz jobs keen kick kiss lake land lane lead lend lift lion load lock loud mail main mass meal mile mind moon move name navy neck
nose oven pack page pain pair past path pick pile pool poor pull push quiz rest rich rise risk rock roll roof rose rush sand save seat seed self ship
shop side site size skip slip snap soft soil song sort soup spot step suit swap tail tape task tear tent text tidy tour town tree trim turn type unit
vote wall warn wash wave weak west wide wife wing wise wood yard zone`.split(/\s+/).filter(Boolean),
);

/** School acronyms that are also everyday words: words only among other words in capitals. */
const AMBIGUOUS = new Set(['send', 'it', 're', 'us', 'am', 'mat', 'ta', 'sat', 'cat', 'he', 'pat', 'salt', 'elsa', 'stem', 'art']);

/** Acronyms of five letters or more that school posts use: never shouting. */
const LONG_ACRONYMS = new Set([
  'ofsted', 'nspcc', 'rspca', 'unicef', 'unesco', 'covid', 'camhs', 'nasuwt', 'senco', 'sendco', 'sencos', 'lgbtq', 'lgbtqi', 'lgbtqia',
  'pshce', 'pshee', 'gcses', 'scitt', 'npqsl', 'npqml', 'npqel', 'npqlt', 'ofqual', 'ofcom', 'btecs', 'inset', 'cpoms', 'bromcom',
  'eyfsp', 'ehcps', 'pgces', 'hltas', 'stemm', 'ukcat', 'sendcos',
]);

type Kind = 'word' | 'ambiguous' | 'acronym' | 'letter' | 'number' | 'other';

function kindOf(token: Token, neutral: ReadonlySet<number>): Kind {
  if (token.kind === 'number') return 'number';
  if (token.kind !== 'word' || token.inLink) return 'other';
  const letters = token.raw.replace(/[^\p{L}]/gu, '');
  // A capital A or I on its own, not the A of class 3A.
  if (letters.length === 1) return token.raw === 'A' || token.raw === 'I' ? 'letter' : 'other';
  if (!token.allCaps) return 'other';
  const key = token.base;
  if (/\d/.test(token.key) || neutral.has(token.index)) return 'acronym';
  if (AMBIGUOUS.has(key)) return 'ambiguous';
  if (key.length <= 4) return SHORT_WORDS.has(key) ? 'word' : 'acronym';
  return LONG_ACRONYMS.has(key) ? 'acronym' : 'word';
}

/** What may sit between two words of one run: spaces, punctuation, an emoji; not a blank line. */
function joins(gap: string): boolean {
  return gap.length <= 4 && !/\n\s*\n/.test(gap);
}

/**
 * Runs of shouting, as spans of the draft as typed. `neutral` holds the indexes of
 * tokens that name the school or trust, which are never shouting.
 */
export function findShouting(prepared: PreparedDraft, neutral: ReadonlySet<number> = new Set()): Span[] {
  const tokens = prepared.tokens;
  const spans: Span[] = [];
  let run: { token: Token; kind: Kind }[] = [];

  const close = () => {
    const words = run.filter((r) => r.kind === 'word').length;
    const ambiguous = words > 0 ? run.filter((r) => r.kind === 'ambiguous').length : 0;
    const letters = words + ambiguous >= 2 ? run.filter((r) => r.kind === 'letter').length : 0;
    if (words + ambiguous + letters >= 3) {
      // The span covers the words, not acronyms or numbers at either end of the run.
      const counts = (r: { kind: Kind }) => r.kind === 'word' || r.kind === 'ambiguous' || r.kind === 'letter';
      const first = run.findIndex(counts);
      let last = run.length - 1;
      while (last > first && !counts(run[last]!)) last--;
      spans.push({ start: run[first]!.token.sourceStart, end: run[last]!.token.sourceEnd });
    }
    run = [];
  };

  for (const token of tokens) {
    const kind = kindOf(token, neutral);
    if (kind === 'other' || (run.length > 0 && !joins(token.gapBefore))) close();
    if (kind !== 'other') run.push({ token, kind });
  }
  close();
  return spans;
}
