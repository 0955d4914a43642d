/**
 * Forenames that are also everyday English words. Alone, such a forename is a name
 * only where the text makes it one (docs/rules.md, "Forename-alone matching").
 * Source: the ONS "Baby names in England and Wales" tables (Crown copyright, Open
 * Government Licence v3.0), plus short words they lack that are common forenames.
 */
export const EVERYDAY_WORD_FORENAMES: ReadonlySet<string> = new Set(
  [
    'ace', 'amber', 'angel', 'april', 'archer', 'arrow', 'art', 'ash', 'atlas', 'august', 'aurora', 'austin',
    'autumn', 'bailey', 'banks', 'bear', 'beau', 'bill', 'blaze', 'blessing', 'bliss', 'blossom', 'blue',
    'bo', 'bob', 'bobby', 'bonnie', 'brooke', 'buddy', 'carter', 'cash', 'chase', 'cherry', 'chester',
    'clay', 'clover', 'cole', 'constance', 'cooper', 'coral', 'crystal', 'daisy', 'dale', 'dawn', 'deacon',
    'dean', 'destiny', 'diamond', 'don', 'drew', 'duke', 'dusty', 'earl', 'easter', 'echo', 'ember', 'eve',
    'faith', 'felicity', 'florence', 'forest', 'fox', 'frank', 'frankie', 'gene', 'gift', 'glen', 'grace',
    'gray', 'grey', 'guy', 'halo', 'harmony', 'harper', 'haven', 'hazel', 'heath', 'hero', 'holly', 'honey',
    'honor', 'honour', 'hope', 'hugh', 'hunter', 'iris', 'ivy', 'jack', 'jade', 'jasmine', 'jay', 'jordan',
    'joy', 'june', 'justice', 'kai', 'king', 'kit', 'lane', 'legend', 'leo', 'liberty', 'lily', 'lincoln',
    'lucky', 'luna', 'lyric', 'major', 'mark', 'marvel', 'mason', 'max', 'may', 'meadow', 'melody', 'mercy',
    'miles', 'miracle', 'moon', 'nick', 'noble', 'noel', 'nova', 'ocean', 'olive', 'opal', 'paris', 'parker',
    'pat', 'pearl', 'penny', 'phoenix', 'pip', 'piper', 'poppy', 'precious', 'prince', 'promise', 'prudence',
    'rain', 'ray', 'rebel', 'reed', 'reign', 'remy', 'rex', 'rio', 'river', 'robin', 'rocky', 'rome', 'ron',
    'rose', 'rosie', 'rowan', 'royal', 'ruby', 'sage', 'sailor', 'saint', 'scarlett', 'serenity', 'sky',
    'skye', 'snow', 'sol', 'sonny', 'spring', 'star', 'sterling', 'storm', 'story', 'summer', 'sunday',
    'sunny', 'sydney', 'taylor', 'ted', 'teddy', 'trinity', 'true', 'violet', 'wade', 'ward', 'wednesday',
    'will', 'willow', 'winter', 'wisdom', 'wolf', 'wren', 'zen', 'sue', 'rich', 'sandy', 'cliff', 'rob',
    'heather', 'ginger', 'ebony', 'grant', 'chance', 'misty', 'fern', 'bay', 'dot', 'joe', 'rusty', 'lark',
    'dove', 'brook', 'gus', 'ken', 'les', 'mo', 'rod', 'sid', 'tim', 'val', 'viv', 'win', 'abbey', 'bud',
    'di', 'eddy', 'flora', 'hart', 'moss', 'page', 'rue', 'taffy', 'tye', 'wynn', 'elf',
    // Forenames in the ONS tables that are everyday words (Can, Said, Deep, Praise, Favour,
    // Charity): "Can all parents…" opens a sentence, not a pupil's name.
    'praise', 'can', 'said', 'job', 'love', 'link', 'lady', 'dream', 'patience', 'favour', 'charity', 'victory', 'treasure', 'comfort', 'peace', 'unique', 'success', 'sunshine', 'rainbow', 'jewel', 'scout', 'silver', 'fortune', 'queen', 'junior', 'navy', 'red', 'bow', 'lake', 'rocket', 'soul', 'wing', 'truly', 'glory', 'princess', 'marvellous', 'gala', 'bee', 'deep', 'harsh', 'divine', 'bright', 'prosper', 'purity', 'rejoice', 'tiger', 'lion', 'raven', 'finch', 'jet', 'carol', 'meet', 'great', 'non', 'tea', 'journey',
  ],
);
