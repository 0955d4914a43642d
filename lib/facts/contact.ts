/**
 * Invitations to get in touch with the author privately: "follow me", "DM me", "add me
 * on Snapchat", "my insta is …". Who the invitation is for decides the rule: pupils
 * (`pupil-contact`) or a journalist (`journalist-contact`); to a friend it is nothing.
 * Patterns are written for folded text (lower case, `'` for every apostrophe).
 *
 * Why in facts/: both `pupil-contact` and `journalist-contact` read these.
 */
import { alternatives, anyOf, type Vocabulary } from '../text/patterns';

const PLATFORMS: Vocabulary = [
  'insta(?:gram)?', 'ig', 'snap(?:chat)?', 'tik ?tok', 'twitter', 'x', 'facebook', 'fb', 'whatsapp', 'discord', 'youtube', 'threads',
  'bereal', 'linkedin',
];
const PLATFORM = anyOf(...PLATFORMS);

/** Verbs before "me" that invite contact: follow me, add me, DM me, message me, text me. */
const CONTACT_VERBS: Vocabulary = [
  'follow', 'add', 'dm', 'pm', 'message', 'msg', 'inbox', 'text', 'whatsapp', 'snap', 'snapchat', 'friend', 'ring', 'call', 'phone',
  'email', 'e-mail', 'contact', 'tag',
];

/** "<verb> me": follow me, add me, DM me, message me, text me, find me on… */
const VERB_ME: Vocabulary = [
  String.raw`\b${anyOf(...CONTACT_VERBS)}\s+me\b`,
  String.raw`\bfind\s+me\s+on\b`,
  String.raw`\bhit\s+me\s+up\b`,
  String.raw`\bhmu\b`,
  String.raw`\bconnect\s+with\s+me\b`,
  // "give me a follow", "ask me on here", "I'm on here if you need me"
  String.raw`\b(?:give\s+me|gimme|giz|gis|give\s+us)\s+a\s+(?:follow|shout|message|msg|bell|add)\b`,
  String.raw`\b(?:reach|catch|ask)\s+me\s+(?:on|via|over\s+on)\s+(?:here|${PLATFORM})\b`,
  String.raw`\b(?:i'm|i\s+am|im)\s+on\s+here\s+if\s+(?:you|anyone|any\s+of\s+you)\s+(?:need|want)`,
  // "follow this account", "follow my page": the author's own account
  String.raw`\bfollow\s+(?:this|my)\s+(?:(?:new|other|personal|private|own|teacher|second)\s+)?(?:account|page|channel|profile|blog|feed|${PLATFORM})\b`,
  // "ping me", "pop me a message", "drop a follow", "hit the follow button", "search for me on TikTok"
  String.raw`\bping\s+me\b`,
  String.raw`\bpop\s+me\s+(?:a|an)\s+(?:quick\s+)?(?:message|msg|dm|pm|text|line|request|note|follow)\b`,
  String.raw`\b(?:drop|hit|smash|give)\s+(?:me\s+)?(?:a|the|that)\s+follow(?:\s+button)?\b`,
  String.raw`\bsearch\s+(?:for\s+)?(?:me|my\s+name)\s+on\b`,
  String.raw`\badd\s+my\s+${PLATFORM}\b`,
  // "…so you can all follow my adventures in Cardiff, search Mr T Adventures and give it a like"
  String.raw`\bfollow\s+(?:my|me\s+and\s+my)\s+(?:adventures|travels|journey|story|progress|blog|vlog|channel)\b`,
  String.raw`\b(?:give|gimme)\s+(?:it|my\s+page|the\s+page|my\s+account|us)\s+a\s+(?:like|follow)\b`,
];

/** Handing over an account or number: "my insta is…", "I'm on Snapchat", "send me your usernames". */
const MY_ACCOUNT: Vocabulary = [
  String.raw`\bmy\s+${PLATFORM}(?:\s+(?:handle|name|username|account|page))?(?:'s\b|\s*(?:is\b|:|-))`,
  String.raw`\bmy\s+(?:handle|username|user\s+name|number|dms|socials?|@)(?:'s\b|\s*(?:is\b|are\b|:|-))`,
  String.raw`\bmy\s+socials\s+(?:are\s+)?(?:below|in\s+(?:my\s+)?bio)\b`,
  String.raw`\b(?:i'm|i\s+am|im)\s+on\s+${PLATFORM}\b`,
  String.raw`\bsend\s+me\s+your\s+(?:${PLATFORM}|handles?|usernames?|accounts?|numbers?)\b`,
];

/** Opening a private channel: "drop me a DM", "my DMs are open", "I'll follow you back". */
const OPEN_CHANNEL: Vocabulary = [
  String.raw`\b(?:send|drop)\s+me\s+(?:a|an|your)\s+(?:message|msg|dm|pm|friend\s+request|follow(?:\s+request)?|request|text|line|snap)\b`,
  // "send us a friend request" (in the north, "us" is "me"): a friend request is always to a person
  String.raw`\b(?:send|drop)\s+us\s+(?:a|an)\s+(?:friend|follow)\s+request\b`,
  // "If any of you fancy sending me a message"
  String.raw`\b(?:sending|dropping|popping)\s+me\s+(?:a|an)\s+(?:quick\s+)?(?:message|msg|dm|pm|text|line|friend\s+request|follow(?:\s+request)?)\b`,
  // "I've made a page for my cakes, go and follow it"
  String.raw`\b(?:go\s+and|go|come\s+and|pop\s+over\s+and|please)\s+follow\s+(?:it|along|the\s+page|my\s+page)\b`,
  String.raw`\bslide\s+into\s+(?:my|the)\s+dm'?s\b`,
  String.raw`\b(?:my\s+)?(?:dm'?s|inbox|messages)\s+(?:are\s+|is\s+|'s\s+|'re\s+)?(?:always\s+)?open\b`,
  String.raw`\byou\s+know\s+where\s+(?:to\s+find\s+me|i\s+am)\s+(?:on\s+here|online|on\s+${PLATFORM})\b`,
  String.raw`\bi'?ll\s+follow\s+(?:you|back)\b`,
  String.raw`\bfollow\s+(?:you|each\s+other)\s+back\b`,
  String.raw`\bfollow\s+back\b`,
  // "come and say hi on my page", "look me up on Insta", "come and find me on TikTok"
  String.raw`\bsay\s+(?:hi|hello|hiya)\s+(?:on|over\s+on)\s+(?:here|my\s+(?:page|account|profile|channel)|${PLATFORM})\b`,
  String.raw`\blook\s+me\s+up\s+on\b`,
  // "accept my friend request"
  String.raw`\baccept\s+my\s+(?:friend\s+|follow\s+)?requests?\b`,
  String.raw`\b(?:keep|stay)\s+in\s+touch\s+(?:with\s+me\s+)?(?:on|via)\s+(?:here|${PLATFORM})\b`,
];

/** An invitation to follow or contact the author on social media or privately. */
export const CONTACT_INVITATION = alternatives([...VERB_ME, ...MY_ACCOUNT, ...OPEN_CHANNEL]);

/**
 * Looser offers of contact that only mean something to a journalist when the draft is
 * also a reply to a press account: "happy to chat", "get in touch", "email the office".
 */
export const CONTACT_OFFER = alternatives([
  ...VERB_ME,
  ...OPEN_CHANNEL,
  String.raw`\bhappy\s+to\s+(?:chat|talk|speak|help|comment|discuss|share|explain)\b`,
  String.raw`\bget\s+in\s+touch\b`,
  String.raw`\bdrop\s+me\s+a\s+line\b`,
  String.raw`\b(?:email|e-mail|contact|call|ring|phone|message|dm)\s+(?:us|the\s+office|our\s+office|the\s+school|the\s+trust|our\s+head)\b`,
]);
