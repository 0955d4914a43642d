/**
 * `school-branding`: "do not use the school logo or branding on personal accounts"
 * (Appendix). On a personal account:
 * - an attached image that matches one of the school's logos (block);
 * - a post presented as the school's (warn): signed with the school's or trust's name,
 *   its official handle or its hashtag as a signature ("Thank you! Ashworth Fold
 *   Primary Academy", "From all of us at @AshworthFoldPA", "– The #BrookFamily team"),
 *   or written in its voice ("On behalf of everyone at…", "St Aldhelm's is hiring!",
 *   "Larkfield Brook School wishes all our families…").
 *
 * Not branding: naming the school in passing ("Proud to work at…"), pointing to the
 * official account, a disclaimer ("not on behalf of…"), and a member of staff using the
 * school's hashtag about their own day ("So proud to be part of #TeamLarkfield today"):
 * a hashtag is a signature only with sign-off words around it.
 */
import { CLAUSES } from '../policy/clauses';
import type { SchoolMention } from '../school/mentions';
import { type PreparedDraft, sourceSpan, subjectFor } from '../text/prepared';
import type { Span } from '../text/tokens';
import { verdictsOrMockery } from './disrepute';
import { defineRule, type RuleHit } from './rule';

/**
 * Words of a signature before a name at the end: "Love from all at", "Kind regards,",
 * "Thanks, the", "Merry Christmas from", "– The". A sign-off starts a line or follows the
 * last sentence (or a comma: "Happy Easter to all our families, from …"); "thanks" needs
 * its comma ("Thank you St Stephens" thanks the school), and "back from", "retiring this
 * summer from" are not a signature.
 */
const SIGN_OFF_PHRASE = String.raw`(?:(?:with\s+)?(?:love|(?:best|warm|warmest|kind|good)\s+wishes|(?:kind|warm|best)\s+regards|regards|best|yours(?:\s+sincerely|\s+faithfully)?|sincerely|warmly|signed)\s*,?|(?:thanks|thank\s+you|many\s+thanks|cheers)\s*[,\n])`;
const ALL_AT = String.raw`(?:(?:all|everyone|everybody|all\s+of\s+us|(?:the\s+)?(?:[a-z0-9]+\s+){0,2}?(?:team|staff|office|department|governors|pta))\s+(?:at|from|of)\s+)`;
const GREETING_FROM = String.raw`\b(?:christmas|xmas|easter|new\s+year|holidays?|half[-\s]term|(?<!\b(?:this|next|last)\s)summer|greetings|wishes|love|regards|hello|hi|hugs|congratulations|congrats)\s+(?:to\s+(?:all|everyone|you(?:\s+all)?)\s+)?from\s+`;
/** A sign-off made of words: always a signature, whatever follows it. */
const WORDED_SIGN_OFF = new RegExp(
  String.raw`(?:(?:^|[\n.!?:,\u2013\u2014-])\s*(?:${SIGN_OFF_PHRASE}\s*(?:from\s+)?|from\s+)|${GREETING_FROM}|(?:^|[\n.!?:-])\s*(?:on\s+behalf\s+of|the)\s+)${ALL_AT}?(?:the\s+)?$`,
);
/** A sign-off by position: the name alone on its last line or after the last sentence ("Thank you! Ashworth Fold Primary Academy"). */
const BARE_SIGN_OFF = /(?:^|[\n.!?:-])[\s,]*(?:the\s+)?$/;
/** "not on behalf of St Stephens" is a disclaimer, not a signature. */
const DISCLAIMING = /\bnot\s+(?:on\s+behalf\s+of|speaking\s+for|representing)\s+(?:the\s+)?$/;
/** Words that may follow a name in a signature: "The AFPA Team", "Ashworth Fold office". */
const TEAM_WORDS = new Set(['team', 'office', 'staff', 'family', 'families', 'admin', 'pta', 'governors', 'leadership', 'slt', 'x']);

/** Speaking as the school: "On behalf of everyone at St Aldhelm's, …". */
const ON_BEHALF = new RegExp(String.raw`(?<!\bnot\s)\b(?:on\s+behalf\s+of|we\s+at|here\s+at)\s+${ALL_AT}?(?:the\s+)?$`);
/**
 * The school or trust as the subject of what it announces: "St Aldhelm's is hiring!",
 * "Larkfield Brook School wishes all our families…". "…is closed today" passes on a
 * notice, which is not branding.
 */
const SPEAKS_AS = /^(?:'s)?\s+(?:(?:is|are)\s+(?:(?:now|currently|once\s+again)\s+)?(?:hiring|recruiting|looking\s+for|seeking|(?:delighted|pleased|proud|excited|thrilled|happy)\s+to)|would\s+(?:like|love)\s+to|(?:warmly\s+)?(?:wishes|welcomes|invites|thanks|congratulates))\b/;

/**
 * The school's "we": words only the school says to its community ("all our families",
 * "we are recruiting", "join our English department"). With the school's name, handle or
 * hashtag in the post, the post speaks as the school. "Larkfield Brook families, please
 * come" addresses families without speaking as the school.
 */
const SCHOOL_WE = new RegExp(
  [
    String.raw`\b(?:to\s+|wishes\s+|thanks?\s+(?:you\s+)?(?:to\s+)?)?all\s+(?:of\s+)?our\s+(?:families|parents|parents\s+and\s+carers|pupils\s+and\s+families|school\s+community)\b`,
    String.raw`\bwe(?:'re|\s+are)\s+(?:now\s+)?(?:recruiting|hiring|looking\s+for|seeking|(?:delighted|pleased|proud|excited|thrilled)\s+to\s+(?:welcome|announce|share|confirm|invite))\b`,
    String.raw`\b(?:come\s+and\s+)?join\s+our\s+(?:[a-z]+\s+)?(?:team|department|staff|school|family|faculty)\b`,
    // A letter or notice to the school's families: "Dear parents,", "Reminder to all families:"
    String.raw`(?:^|[.!?\n]\s*)(?:dear|(?:a\s+)?reminder\s+to(?:\s+all)?)\s+(?:our\s+)?(?:parents|families|carers|parents\s+and\s+carers)\b`,
  ].join('|'),
  'g',
);

/**
 * A post that says it is personal (a disclaimer), is about the writer themselves ("I", "my", "so proud to be part of…", "loving…")
 * or making fun of the hashtag ("😂 what family?") does not present itself as the
 * school's: there a school hashtag is the writer's own tag.
 */
/** "OFFICIAL:" or "Notice to parents:" opening a post: speaking as the school. */
const OFFICIAL_OPENING = /^\s*(?:official|announcement|official\s+announcement|notice\s+to\s+(?:parents|families)|message\s+from\s+the\s+school)\s*[:\-–—]/;

const ABOUT_THE_WRITER = /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself)\b|(?:^|[.!?\n]\s*)(?:so\s+|really\s+|very\s+)?(?:proud|loving|love|buzzing|chuffed|delighted|honoured|grateful|thrilled|lucky|blessed|happy)\b/;
/** A school hashtag asked about ("#ReachHigher? …") is being questioned, not used. */
const HASHTAG_QUESTIONED = /#[\p{L}\p{N}_]+\s*\?/u;
const MOCKING = /[\u{1F602}\u{1F923}\u{1F644}\u{1F92A}\u{1F921}]|\b(?:lol|lmao|yeah\s+right|more\s+like|what\s+(?:family|team|community)\b|some\s+(?:family|team|community)\b|wouldn't\s+wish|what,?\s+exactly|they\s+said|#?sarcasm|as\s+if|apparently|allegedly|supposedly|so\s+they\s+(?:say|tell\s+us)|they\s+keep\s+(?:saying|telling\s+us)|(?:or\s+)?so\s+(?:we're|we\s+are|i'm|i\s+am|i\s+was|we\s+were)\s+told|my\s+(?:eye|arse|foot)|in\s+theory|on\s+paper)\b/u;

/** Passing on the school's own notice: "Shared from the school page: …", "Reposting for the school". */
const PASSED_ON = /\b(?:shared|sharing|reposted|reposting|re-?sharing|passing\s+(?:this\s+)?on|copied|copying)\s+(?:this\s+)?(?:from|for|on\s+behalf\s+of)\s+(?:the|our|my)\s+(?:school(?:'s)?|academy(?:'s)?|trust(?:'s)?|official)\s*(?:page|account|post|feed|website|site|facebook|twitter|newsletter)?\b|\bfrom\s+the\s+school(?:'s)?\s+(?:official\s+)?(?:page|account|feed)\s*:/;

/** The index of the last word or number of the draft (-1 when there is none). */
function lastWordIndex(draft: PreparedDraft): number {
  const { tokens } = draft;
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'number') return i;
  return -1;
}

/** After the name only team words, hashtags, emoji and punctuation until the end: "… Team #FoldFamily 💙". */
function endsTheDraft(draft: PreparedDraft, mention: SchoolMention): { end: number; teamWords: boolean } | null {
  const { tokens } = draft;
  let end = mention.last;
  let teamWords = false;
  for (let i = mention.last + 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'hashtag' || token.kind === 'mention') continue;
    if (token.kind === 'word' && TEAM_WORDS.has(token.key) && !/[.!?\n]/.test(token.gapBefore)) {
      if (end === i - 1) end = i;
      teamWords = true;
      continue;
    }
    if (token.kind === 'word' || token.kind === 'number') return null;
  }
  return { end, teamWords };
}

interface Branding extends Span {
  how: 'signature' | 'voice' | 'hashtag';
}

function findBranding(draft: PreparedDraft, mentions: readonly SchoolMention[], ownWords: () => boolean): Branding[] {
  const { tokens, folded } = draft;
  const out: Branding[] = [];
  if (lastWordIndex(draft) < 0) return out;
  const branded = mentions.filter((m) => m.kind !== 'work-reference');
  // A notice passed on from the school's own page says whose words they are.
  if (PASSED_ON.test(folded.text)) return out;
  if (branded.length > 0) {
    // Speaking as the school anywhere in a post that carries its name, handle or hashtag.
    SCHOOL_WE.lastIndex = 0;
    const we = SCHOOL_WE.exec(subjectFor(draft, SCHOOL_WE));
    if (we) out.push({ ...sourceSpan(draft, we.index, we.index + we[0].length), how: 'voice' });
    const official = OFFICIAL_OPENING.exec(folded.text);
    if (official && !we) out.push({ ...sourceSpan(draft, official.index, official.index + official[0].length), how: 'voice' });
  }
  // A school hashtag presents the post as the school's unless the post is about the writer or mocks it.
  // (Worked out only when a hashtag asks: most drafts have none.)
  let own: boolean | undefined;
  const ownTag = () =>
    (own ??= ABOUT_THE_WRITER.test(subjectFor(draft, ABOUT_THE_WRITER)) || MOCKING.test(subjectFor(draft, MOCKING)) || HASHTAG_QUESTIONED.test(subjectFor(draft, HASHTAG_QUESTIONED)) || ownWords());
  for (const mention of branded) {
    const first = tokens[mention.first]!;
    const before = folded.text.slice(Math.max(0, first.start - 50), first.start);
    if (DISCLAIMING.test(before)) continue;
    const named = mention.kind === 'school' || mention.kind === 'trust';
    // Written in its voice: "On behalf of everyone at …", "… is hiring!".
    const behalf = ON_BEHALF.exec(before);
    if (behalf) {
      const from = first.start - before.length + behalf.index + (behalf[0].length - behalf[0].trimStart().length);
      out.push({ start: sourceSpan(draft, from, from + 1).start, end: mention.end, how: 'voice' });
      continue;
    }
    const lastEnd = tokens[mention.last]!.end;
    const speaks = named && first.sentenceStart ? SPEAKS_AS.exec(subjectFor(draft, SPEAKS_AS).slice(lastEnd, lastEnd + 60)) : null;
    if (speaks) {
      out.push({ start: mention.start, end: sourceSpan(draft, lastEnd, lastEnd + speaks[0].length).end, how: 'voice' });
      continue;
    }
    // Signed with it. A name alone after the last sentence is a signature; a handle or
    // hashtag needs sign-off words or a team word.
    const tail = endsTheDraft(draft, mention);
    if (tail && (WORDED_SIGN_OFF.test(before) || tail.teamWords || (named && BARE_SIGN_OFF.test(before)))) {
      out.push({ start: mention.start, end: tokens[tail.end]!.sourceEnd, how: 'signature' });
    } else if (mention.kind === 'hashtag' && !ownTag()) {
      out.push({ start: mention.start, end: mention.end, how: 'hashtag' });
    }
  }
  return out;
}

/** The words as typed, quoted. */
function quote(draft: PreparedDraft, span: Span): string {
  const words = draft.draft.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return `“${words.length > 60 ? `${words.slice(0, 59)}…` : words}”`;
}

const MESSAGES: Record<Branding['how'], (words: string) => string> = {
  signature: (words) => `Signing off with ${words} makes a personal post look like the school's own. Sign with your own name instead.`,
  voice: (words) =>
    `${words} speaks as the school, which makes a personal post look like the school's own. Leave announcements for the school account, or say it in your own words.`,
  hashtag: (words) =>
    `${words} is one of the school's official hashtags, and with nothing in the post saying it is yours it reads as the school's own post. Leave it for the school account, or make clear you are writing for yourself.`,
};

export default defineRule({
  id: 'school-branding',
  title: "The school's logo, or its name, handle or hashtag used to present a personal post as the school's",
  clauses: [CLAUSES.branding],
  severity: { personal: 'warn' },
  check({ draft, facts, policy }) {
    const hits: RuleHit[] = [];
    if ((draft.draft.logoMatches ?? 0) > 0) {
      hits.push({
        severity: 'block',
        message: "An attached image looks like the school's logo. The logo is for the school's own accounts: remove the image from this personal post.",
      });
    }
    // A complaint or a verdict on the school is the writer's own voice, never the school's: a school hashtag there is the writer's tag (or a jibe at it).
    const ownWords = () => facts.disclaimer !== null || facts.profileDisclaimer || facts.complaints.length > 0 || verdictsOrMockery(draft, facts, policy.settings).length > 0;
    const candidates = findBranding(draft, facts.schoolMentions, ownWords);
    // What the judgement models read as a complaint or a verdict is the writer's own voice too (asked only
    // when the name, handle or hashtag would otherwise read as the school's signature).
    const judged = () => facts.modelReading('internal-grievance') !== null || (facts.modelSeesTheSchool && facts.modelReading('disrepute') !== null);
    const mine = candidates.some((f) => f.how !== 'voice') && judged();
    for (const found of candidates) {
      if (mine && found.how !== 'voice') continue;
      hits.push({
        start: found.start,
        end: found.end,
        message: MESSAGES[found.how](quote(draft, found)),
      });
    }
    return hits;
  },
});
