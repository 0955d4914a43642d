/**
 * The words offensive-language looks for, as data: each entry a root with the
 * spellings, beginnings and endings it may have inside one word, and where it is
 * innocent; then the characters people use to hide or swap a letter. `matcher.ts`
 * compiles them; `phrases.ts` holds what is only offensive when aimed at someone.
 *
 * Deliberately not listed (mild, or innocent in school posts): bloody, damn, god,
 * hell, sex, anatomical words (penis, vagina, anus), rape and other words for crimes
 * (reporting them is not offensive language), fag (a cigarette in British English),
 * cock on its own (a bird), gypsy (GRT is the respectful term families use).
 *
 * Each entry has a sureness: how sure Post Check is that the word offends readers of a
 * school's post, from 0 to 1. The bands follow Ofcom's research into public attitudes
 * to offensive language on TV and radio (mild, medium, strong, strongest): "crap",
 * "bugger" and "arse" are mild, "shit" and "bollocks" medium, "twat" and "bastard"
 * strong, "fuck" and "cunt" the strongest; slurs, threats and harassment are treated as
 * the strongest. Mild words warn on the school account instead of blocking.
 */

export type OffenceKind = 'profanity' | 'slur' | 'insult' | 'threat';

/** Sureness bands, after Ofcom's public attitudes research (see above). */
const SURENESS = { mild: 0.4, medium: 0.7, strong: 0.9, strongest: 1 } as const;
/** A word less sure than this to offend is mild: on the school account it warns rather than blocks. */
export const MILD_BELOW = 0.5;
/** Sureness of an entry that does not give its own, by kind. */
export const DEFAULT_SURENESS: Record<OffenceKind, number> = {
  profanity: SURENESS.medium,
  insult: SURENESS.medium,
  slur: SURENESS.strongest,
  threat: SURENESS.strongest,
};

export interface Term {
  /** Canonical word, for diagnostics. */
  term: string;
  kind: OffenceKind;
  /** How sure it is to offend, 0 to 1 (SURENESS bands); DEFAULT_SURENESS for its kind when absent. */
  sureness?: number;
  /** Spellings of the root, plain letters. */
  roots: readonly string[];
  /** Endings allowed after the root inside one word; `''` is the root alone. Default `['']`. */
  endings?: readonly string[];
  /** Words allowed before the root inside one word (bull+shit), or any letters at all. */
  beginnings?: readonly string[] | 'any';
  /** Any letters may follow the root (fuck: no English word contains it). */
  anyEnding?: boolean;
  /** Folded phrases in which the word is innocent ("offa's dyke"), checked where the word stands. */
  whitelist?: readonly string[];
  /** Also a proper noun: capitalised next to another capitalised word it is a name (Offa's Dyke, Mong Kok). */
  properNoun?: boolean;
  /**
   * Innocent as typed (a pin prick, a door knob, Dick Whittington), so only a masked
   * spelling fires here ("pr*ck", "d*ck"); plain spellings need aiming (see PHRASES).
   */
  maskedOnly?: boolean;
}

const N = ['', 's'];
const NES = ['', 's', 'es'];
const VERB = ['', 's', 'ed', 'ing', 'in'];
const AGENT = ['er', 'ers'];
/** Compounds people build on the strongest words: shithead, wankstain, arsewipe. */
const TAILS = ['head', 'heads', 'face', 'faces', 'hole', 'holes', 'bag', 'bags', 'wit', 'wits', 'wipe', 'wipes', 'stain', 'stains'];

export const TERMS: readonly Term[] = [
  // Profanity. "fuck" is in no English word, so any letters may surround it (motherfucker, clusterfuck).
  { term: 'fuck', kind: 'profanity', sureness: SURENESS.strongest, roots: ['fuck', 'phuck', 'fvck'], beginnings: 'any', anyEnding: true },
  // Shortened spellings need their endings spelt out: "Fukushima" and "Fuka" are not swearing.
  { term: 'fuck', kind: 'profanity', sureness: SURENESS.strongest, roots: ['fuk', 'fck', 'phuk', 'fuq'], endings: [...VERB, ...AGENT, 'd', 'n', 'off', 'wit', 'wits', 'tard'] },
  // Text-speak with the vowel gone: "fkn", "fking", "fkd". "fk" alone is left out (initials).
  { term: 'fuck', kind: 'profanity', sureness: SURENESS.strongest, roots: ['fk'], endings: ['n', 'in', 'ing', 'd', 'ed', 'er', 'ers', 'off'] },
  { term: 'feck', kind: 'profanity', sureness: SURENESS.medium, roots: ['feck'], endings: [...VERB, ...AGENT] }, // not "feckless"
  { term: 'wtf', kind: 'profanity', roots: ['wtf', 'stfu', 'gtfo', 'ffs', 'omfg', 'mofo'] },
  {
    term: 'shit',
    kind: 'profanity',
    roots: ['shit'],
    beginnings: ['bull', 'horse', 'bat', 'ape', 'chicken', 'dip', 'dog', 'holy', 'pig', 'cow', 'bird', 'dumb', 'jack', 'gob'],
    endings: [
      ...NES, 'e', 'ey', 'ty', 'ter', 'ters', 'ting', 'ted', 'tier', 'tiest', 'tiness', 'show', 'shows', 'storm', 'storms',
      'load', 'loads', 'house', 'hot', 'list', 'ehawk', 'ehawks', 'hawk', 'hawks', ...TAILS,
    ],
  },
  { term: 'crap', kind: 'profanity', sureness: SURENESS.mild, roots: ['crap'], endings: [...N, 'py', 'pier', 'piest', 'pola', 'hole', 'holes', 'ped', 'ping'] },
  { term: 'piss', kind: 'profanity', roots: ['piss'], endings: ['', 'es', 'ed', 'er', 'ers', 'ing', 'in', 'y', 'take', 'takes', 'head', 'heads', 'pot', 'poor', 'artist', 'artists'] },
  // "Arse" and "arsed" are mild; the compounds are not.
  { term: 'arse', kind: 'profanity', sureness: SURENESS.mild, roots: ['arse'], endings: [...N, 'd', 'y'] },
  {
    term: 'arsehole',
    kind: 'profanity',
    roots: ['arse'],
    beginnings: ['smart', 'lard', 'fat', 'dumb', 'tight'],
    endings: [...N, 'd', 'y', 'hole', 'holes', 'face', 'wipe', 'wipes', 'licker', 'lickers', 'licking', 'bandit', 'bandits'],
  },
  {
    term: 'ass',
    kind: 'profanity',
    roots: ['ass'],
    beginnings: ['jack', 'dumb', 'smart', 'fat', 'lard', 'bad', 'kick', 'hard', 'half', 'wise', 'kiss'],
    endings: ['', 'es', 'hole', 'holes', 'hat', 'hats', 'wipe', 'wipes', 'face', 'clown', 'clowns', 'kisser', 'kissers', 'kissing'],
    // The nativity donkey.
    whitelist: ['ox and ass', 'ox and the ass', 'ox and an ass', 'an ox and an ass'],
  },
  { term: 'bitch', kind: 'profanity', roots: ['bitch', 'biatch'], beginnings: ['sonofa', 'sonuva'], endings: [...NES, 'y', 'ing', 'in', 'ed', 'iness', 'ier', 'iest', 'ass', 'face'] },
  { term: 'bastard', kind: 'profanity', sureness: SURENESS.strong, roots: ['bastard'], endings: [...N] },
  { term: 'bollocks', kind: 'profanity', roots: ['bollock', 'bolock'], endings: [...N, 'ing', 'ings', 'ed'] },
  // "debugger" has letters before the root, so it never fires.
  { term: 'bugger', kind: 'profanity', sureness: SURENESS.mild, roots: ['bugger'], endings: [...N, 'ed', 'ing', 'y', 'ery'] },
  { term: 'bellend', kind: 'profanity', sureness: SURENESS.strong, roots: ['bellend', 'belend'], endings: N },
  { term: 'twat', kind: 'profanity', sureness: SURENESS.strong, roots: ['twat'], endings: [...N, 'ted', 'ting', 'face', 'waffle', 'waffles', 'ish'] },
  { term: 'wank', kind: 'profanity', sureness: SURENESS.strong, roots: ['wank'], endings: [...VERB, ...AGENT, 'y', 'stain', 'stains', 'sta'] },
  {
    term: 'tosser',
    kind: 'profanity',
    roots: ['tosser'],
    endings: N,
    whitelist: ['pancake tosser', 'caber tosser', 'coin tosser', 'pizza tosser'],
  },
  { term: 'knobhead', kind: 'profanity', sureness: SURENESS.strong, roots: ['knobhead', 'knobend', 'knobjockey', 'nobhead', 'nobend'], endings: N },
  { term: 'dickhead', kind: 'profanity', sureness: SURENESS.strong, roots: ['dickhead', 'dickwad', 'dickface', 'dickbag', 'dickweed'], endings: N },
  { term: 'cocksucker', kind: 'profanity', sureness: SURENESS.strong, roots: ['cocksucker', 'cocksucking', 'cockwomble', 'cockhead'], endings: N },
  // obscenity's own list lets "cunt" start or end a word; requiring the whole word keeps Scunthorpe safe.
  { term: 'cunt', kind: 'profanity', sureness: SURENESS.strongest, roots: ['cunt'], endings: [...N, 'y', 'ing', 'ish', 'ed', 'face', 'hole', 'bag'] },
  { term: 'minge', kind: 'profanity', sureness: SURENESS.strong, roots: ['minge', 'clunge', 'punani', 'punany'], endings: N },
  { term: 'pussy', kind: 'profanity', sureness: SURENESS.strong, roots: ['puss'], endings: ['y', 'ies'], whitelist: ['pussy willow', 'pussy cat', 'pussy-cat'] },
  { term: 'jizz', kind: 'profanity', roots: ['jizz', 'jism', 'jizm'], endings: ['', 'ed', 'ing'] },
  { term: 'turd', kind: 'profanity', roots: ['turd'], endings: N },
  { term: 'bloodclaat', kind: 'profanity', roots: ['bloodclaat', 'bloodclat', 'bumbaclot', 'bumbaclaat', 'rasclaat', 'rassclaat'], endings: N },
  {
    term: 'sexual',
    kind: 'profanity',
    roots: ['blowjob', 'handjob', 'rimjob', 'gangbang', 'dildo', 'buttplug', 'deepthroat', 'felch', 'jerkoff', 'lubejob', 'hentai', 'fingerbang', 'doggystyle', 'porn'],
    endings: [...NES, 'ed', 'ing', 'o', 'os', 'y'],
  },

  // Words for women, used as insults.
  { term: 'slut', kind: 'insult', roots: ['slut'], endings: [...N, 'ty', 'tish'], whitelist: ['slut-shaming', 'slut shaming', 'slut-shame', 'slut shame'] },
  { term: 'whore', kind: 'insult', roots: ['whore', 'hoor'], endings: N },
  { term: 'skank', kind: 'insult', roots: ['skank'], endings: [...N, 'y'] },
  { term: 'slapper', kind: 'insult', roots: ['slapper'], endings: N },
  // Slag heaps are mining waste.
  { term: 'slag', kind: 'insult', roots: ['slag'], endings: N, whitelist: ['slag heap', 'slag heaps', 'slag-heap'] },
  { term: 'minger', kind: 'insult', sureness: SURENESS.mild, roots: ['minger'], endings: N },
  { term: 'munter', kind: 'insult', roots: ['munter'], endings: N },

  // Name-calling.
  {
    term: 'idiot',
    kind: 'insult',
    roots: ['idiot'],
    endings: N,
    whitelist: ['idiot-proof', 'idiot proof', "idiot's guide", "idiots' guide", 'idiots guide'],
  },
  { term: 'moron', kind: 'insult', roots: ['moron', 'imbecile', 'cretin', 'dimwit', 'halfwit', 'nitwit', 'numbskull', 'numskull', 'thicko'], endings: N },
  { term: 'scumbag', kind: 'insult', roots: ['scumbag', 'lowlife', 'scumbucket', 'wasteman', 'wastemen'], endings: N },
  // "Pratt" is a surname; the doubled t is not a stretched letter.
  { term: 'pillock', kind: 'insult', roots: ['pillock', 'plonker', 'prat', 'wazzock', 'twazzock', 'twonk', 'bawbag', 'tuss'], endings: N },
  // Scots name-calling: "ya bampot", "a pair of numpties".
  { term: 'bampot', kind: 'insult', roots: ['bampot', 'numpty', 'numptie', 'eejit', 'walloper'], endings: [...N, 'ies'] },
  // "For the nonce" and linguists' "nonce words" are innocent.
  { term: 'nonce', kind: 'insult', roots: ['nonce'], endings: N, whitelist: ['nonce word', 'nonce-word', 'for the nonce', 'cryptographic nonce'] },
  { term: 'chav', kind: 'insult', roots: ['chav'], endings: [...N, 'vy'] },
  { term: 'fatso', kind: 'insult', roots: ['fatso', 'lardarse', 'lardass'], endings: N },

  // Slurs: race, religion and nationality.
  { term: 'nigger', kind: 'slur', roots: ['nigger', 'nigga', 'niggah', 'nigguh', 'nignog', 'niglet'], endings: [...N, 'z'] },
  { term: 'nig', kind: 'slur', roots: ['nig'], endings: N }, // not Nigel, Niger, Nigeria
  { term: 'negro', kind: 'slur', roots: ['negro'], endings: NES, properNoun: true }, // Rio Negro
  { term: 'coon', kind: 'slur', roots: ['coon'], endings: N, properNoun: true }, // not raccoon, cocoon
  { term: 'paki', kind: 'slur', roots: ['paki'], endings: N }, // not Pakistan
  { term: 'wog', kind: 'slur', roots: ['wog', 'golliwog', 'gollywog'], endings: N }, // not Wogan
  {
    term: 'slur',
    kind: 'slur',
    roots: ['gook', 'spic', 'wop', 'dago', 'kike', 'raghead', 'towelhead', 'darkie', 'darky', 'wetback', 'chingchong', 'abeed', 'africoon', 'arabush', 'boonga', 'halfcaste', 'junglebunny'],
    endings: N,
    // Kike is also a Spanish nickname (Kike Garcia).
    properNoun: true,
  },
  { term: 'abo', kind: 'slur', roots: ['abo', 'abbo'], endings: N, properNoun: true },
  { term: 'jap', kind: 'slur', roots: ['jap'], endings: N, properNoun: true }, // not Japan
  { term: 'sambo', kind: 'slur', roots: ['sambo'], endings: N, properNoun: true },
  { term: 'yid', kind: 'slur', roots: ['yid'], endings: [...N, 'do', 'dos'] }, // not Yiddish
  { term: 'cuck', kind: 'insult', roots: ['cuck'], endings: [...N, 'old', 'olds'] }, // not cuckoo
  { term: 'chink', kind: 'slur', roots: ['chink'], endings: [...N, 'y', 'ies'], whitelist: ['chink of', 'chinks of', 'chink in', 'chinks in'] },
  // Travellers.
  { term: 'pikey', kind: 'slur', roots: ['pike'], endings: ['y', 'ys', 'ie', 'ies'] }, // not the fish
  { term: 'gyppo', kind: 'slur', roots: ['gyppo', 'gypo', 'gippo', 'gipo', 'pikee'], endings: NES },

  // Slurs: sexuality and gender.
  {
    term: 'faggot',
    kind: 'slur',
    roots: ['faggot', 'fagot'],
    endings: [...N, 'ry'],
    // Faggots (the meatballs) and peas are a British dish.
    whitelist: ['faggots and', 'faggots with', 'faggots, peas', 'faggot and'],
  },
  { term: 'poofter', kind: 'slur', roots: ['poofter', 'pooftah', 'poofta', 'bumboy', 'battyboy', 'battyman', 'lezza', 'lezzer', 'shemale'], endings: N },
  { term: 'lesbo', kind: 'slur', roots: ['lesbo'] }, // not the island of Lesbos
  { term: 'dyke', kind: 'slur', roots: ['dyke'], endings: N, properNoun: true, whitelist: ["offa's dyke", 'offas dyke', "devil's dyke", 'devils dyke', 'van dyke', 'the dyke', 'drainage dyke', 'drainage dykes', 'dyke bank', 'dykes and droves', 'in the dykes', 'along the dykes'] },
  { term: 'tranny', kind: 'slur', roots: ['tranny', 'trannie', 'tranni'], endings: ['', 's', 'es'] },

  // Slurs: disability and mental health.
  { term: 'retard', kind: 'slur', roots: ['retard'], endings: [...N, 'ed'] }, // not retardant, retardation
  { term: 'tard', kind: 'slur', roots: ['tard'], beginnings: ['lib', 'libra', 'fuck'], endings: N },
  {
    term: 'spastic',
    kind: 'slur',
    roots: ['spastic'],
    endings: N,
    // Clinical terms for types of cerebral palsy.
    whitelist: ['spastic cerebral', 'spastic diplegia', 'spastic quadriplegia', 'spastic hemiplegia', 'spastic paraplegia', 'spastic paralysis', 'spastic cp'],
  },
  { term: 'spaz', kind: 'slur', roots: ['spaz', 'spazz', 'spack'], endings: ['', 'es', 'y', 'ed', 'er', 'ers', 'tic', 'zy', 'zer'] },
  { term: 'mong', kind: 'slur', roots: ['mong'], endings: [...N, 'oloid', 'oloids'], properNoun: true }, // not mongoose, among, Mongolia
  { term: 'schizo', kind: 'slur', roots: ['schizo', 'nutjob', 'nutcase', 'windowlicker'], endings: N },
  { term: 'loony', kind: 'slur', roots: ['loony'], endings: ['', 'bin', 'bins'], properNoun: true },

  // Hiding letters shows what the writer meant, even in words innocent as typed.
  { term: 'dick', kind: 'profanity', sureness: SURENESS.strong, roots: ['dick', 'prick', 'cock', 'knob', 'fanny'], endings: [...N, 'ies'], maskedOnly: true },
];

// ---------------------------------------------------------------------------------
// How letters are hidden or swapped.

/** Characters that hide a letter without saying which: f*ck, f_ck, f#ck, f?ck. */
export const WILDCARD = '*_#?';
/** Symbols people also use to hide any letter (b@llocks, sh$t), though each stands for one letter in leetspeak. */
export const LOOSE = '@$!';
/** Characters standing for one particular letter. */
export const LEET: Record<string, string> = {
  a: '@4',
  b: '8',
  e: '3€',
  g: '69',
  i: '1!|',
  l: '1|',
  o: '0',
  s: '$5',
  t: '7+',
  z: '2',
};
/** Latin look-alikes from other scripts that diacritic folding leaves alone (Cyrillic, Greek). */
export const LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ѕ: 's', к: 'k', т: 't', н: 'h', м: 'm', в: 'b', ј: 'j',
  α: 'a', ο: 'o', ε: 'e', ι: 'i', κ: 'k', ν: 'v', τ: 't', υ: 'u', ρ: 'p',
};
