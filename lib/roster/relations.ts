/**
 * People the writer knows outside school (docs/rules.md, "Forename-alone matching"): a
 * forename marked as family, a friend, a neighbour or a pet is never a pupil, before or
 * after the name and across a short list of names:
 * "my niece Sophia", "Sophia (my niece)", "Tariq from next door", "my friend Jude",
 * "my two boys, Harry and Jack", "Teddy and Willow, our two spaniels".
 *
 * The words are data; the shapes they stand in are the code.
 */
import type { Token } from '../text/tokens';

/** Family, friends, neighbours: people, never pupils, whatever else the post says. */
const RELATIONS = new Set([
  'son', 'sons', 'daughter', 'daughters', 'stepson', 'stepdaughter', 'grandson', 'grandsons', 'granddaughter',
  'granddaughters', 'grandchild', 'grandchildren', 'grandkid', 'grandkids', 'niece', 'nieces', 'nephew', 'nephews',
  'brother', 'brothers', 'sister', 'sisters', 'bro', 'sis', 'sibling', 'siblings', 'stepbrother', 'stepsister',
  'cousin', 'cousins', 'mum', 'mom', 'mam', 'mummy', 'mother', 'dad', 'daddy', 'father', 'stepmum', 'stepdad',
  'husband', 'hubby', 'wife', 'wifey', 'partner', 'fiance', 'fiancee', 'boyfriend', 'girlfriend', 'bf', 'gf',
  'uncle', 'aunt', 'auntie', 'aunty', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandmother',
  'grandad', 'grandpa', 'grandfather', 'godson', 'goddaughter', 'godchild', 'godchildren', 'godmother',
  'godfather', 'friend', 'friends', 'pal', 'pals', 'mate', 'mates', 'bestie', 'besties', 'bff', 'bestfriend',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'colleague', 'colleagues', 'flatmate', 'housemate',
  'roommate', 'teammate', 'teammates', 'boss', 'twin', 'twins', 'nephew', 'bridesmaid', 'bridesmaids',
  'groom', 'bride', 'ex',
]);
/** Words that name a person's own children only after "my"/"our": "the kids in my class" are pupils. */
const OWN_CHILDREN = new Set(['kids', 'kid', 'children', 'child', 'boys', 'boy', 'girls', 'girl', 'baby', 'babies', 'littlies', 'little', 'ones', 'one', 'lot']);
/** Pets with people's names. */
const PETS = new Set([
  'dog', 'dogs', 'doggy', 'doggo', 'puppy', 'puppies', 'pup', 'pups', 'cat', 'cats', 'kitty', 'kitten', 'kittens',
  'spaniel', 'spaniels', 'cocker', 'cockers', 'labrador', 'labradors', 'lab', 'labs', 'collie', 'collies', 'terrier',
  'terriers', 'poodle', 'poodles', 'cockapoo', 'cockapoos', 'cavapoo', 'cavapoos', 'cavachon', 'pug', 'pugs',
  'dachshund', 'dachshunds', 'greyhound', 'greyhounds', 'whippet', 'whippets', 'lurcher', 'lurchers',
  'retriever', 'retrievers', 'beagle', 'beagles', 'husky', 'huskies', 'horse', 'horses', 'pony', 'ponies',
  'rabbit', 'rabbits', 'bunny', 'bunnies', 'hamster', 'hamsters', 'pig', 'pigs', 'tortoise', 'tortoises', 'budgie',
  'budgies', 'parrot', 'chicken', 'chickens', 'hen', 'hens', 'goldfish', 'furbaby', 'furbabies', 'pet', 'pets',
  'ferret', 'gecko', 'snake', 'moggy', 'mutt', 'pooch', 'alsatian', 'staffy', 'staffie', 'westie', 'schnauzer',
  'dalmatian', 'rottweiler', 'corgi', 'corgis', 'sheepdog',
]);
/** Words that may stand between "my" and the relation: "my gorgeous little niece", "our two spaniels". */
const DESCRIBING = new Set([
  'little', 'baby', 'big', 'younger', 'older', 'eldest', 'oldest', 'youngest', 'middle', 'twin', 'gorgeous',
  'beautiful', 'lovely', 'best', 'dear', 'dearest', 'amazing', 'wonderful', 'new', 'furry', 'fluffy', 'crazy',
  'clever', 'brilliant', 'favourite', 'darling', 'sweet', 'precious', 'special', 'fab', 'fabulous', 'adorable',
  'beloved', 'late', 'wee', 'cheeky', 'step', 'grown', 'own', 'first', 'second', 'third', 'oldest', 'bestest',
  'fur', 'four', 'legged', 'lil', 'handsome', 'proud', 'two', 'three', 'four', 'five', 'lifelong', 'childhood',
  'old', 'great', 'good', 'close', 'elderly', 'lovely', 'rescue', 'guinea', 'sausage', 'black', 'golden', 'cocker',
  'working',
]);
const OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'me', 'mine']);
/** After the name: "Tariq from next door", "Tariq next door". */
const NEXT_DOOR = [['from', 'next', 'door'], ['next', 'door'], ['from', 'over', 'the', 'road'], ['across', 'the', 'road'], ['down', 'the', 'road']];

const MAX_LIST = 6;
const MAX_DESCRIBING = 4;

function isNameLike(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && token.capitalised;
}

/** Only spaces (and at most one comma or colon) between two words on one line. */
function plainGap(gap: string): boolean {
  return !gap.includes('\n') && /^\s*[,:]?\s*$/.test(gap);
}

/** The first name of a list ending at `at`: "Harry, Jack and Alfie" from Alfie. */
function listStart(tokens: readonly Token[], at: number): number {
  let i = at;
  for (let step = 0; step < MAX_LIST; step++) {
    const gap = tokens[i]!.gapBefore;
    const before = tokens[i - 1];
    if (isNameLike(before) && /^\s*[,&+]\s*$/.test(gap)) {
      i -= 1;
      continue;
    }
    const joiner = before?.key === 'and' || before?.key === 'n';
    if (joiner && /^\s+$/.test(gap) && isNameLike(tokens[i - 2]) && /^\s*,?\s*$/.test(before!.gapBefore)) {
      i -= 2;
      continue;
    }
    break;
  }
  return i;
}

/** The last name of a list starting at `at`. */
function listEnd(tokens: readonly Token[], at: number): number {
  let i = at;
  for (let step = 0; step < MAX_LIST; step++) {
    const next = tokens[i + 1];
    if (isNameLike(next) && /^\s*[,&+]\s*$/.test(next.gapBefore) && !tokens[i]!.possessive) {
      i += 1;
      continue;
    }
    const joiner = next?.key === 'and' || next?.key === 'n';
    if (joiner && /^\s*,?\s*$/.test(next!.gapBefore) && isNameLike(tokens[i + 2]) && /^\s+$/.test(tokens[i + 2]!.gapBefore)) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

/** Is the token a relation or pet word, read as one given what stands before it? */
function namesKnownPerson(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (!word || word.kind !== 'word') return false;
  const key = word.possessive ? word.base : word.key;
  if (RELATIONS.has(key) || PETS.has(key)) return true;
  // "my sister-in-law Amelia".
  if ((key === 'law' || key === 'laws') && tokens[at - 1]?.key === 'in') return namesKnownPerson(tokens, at - 2);
  if (!OWN_CHILDREN.has(key)) return false;
  // "my kids", "our two boys", "my little ones": the writer's own children.
  for (let i = at - 1, steps = 0; i >= 0 && steps <= MAX_DESCRIBING; i--, steps++) {
    const t = tokens[i]!;
    if (OWNERS.has(t.key)) return true;
    if (!(DESCRIBING.has(t.key) || OWN_CHILDREN.has(t.key) || t.kind === 'number')) return false;
  }
  return false;
}

/** "my (gorgeous) niece Sophia", "niece, Sophia", "our dog Teddy". */
function markedBefore(tokens: readonly Token[], first: number): boolean {
  const name = tokens[first]!;
  if (!plainGap(name.gapBefore) && !/^\s*[-–—]\s*$/.test(name.gapBefore)) return false;
  return namesKnownPerson(tokens, first - 1);
}

/** "Sophia (my niece)", "Sophia, my niece", "Teddy and Willow, our two spaniels", "Tariq from next door". */
function markedAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.gapBefore.includes('\n') || /[.!?]/.test(next.gapBefore)) return false;
  for (const keys of NEXT_DOOR) {
    if (keys.every((key, k) => tokens[last + 1 + k]?.key === key)) return true;
  }
  if (!/^\s*[,(–—-]?\s*$/.test(next.gapBefore)) return false;
  let i = last + 1;
  const opensWithOwner = OWNERS.has(tokens[i]!.key) || tokens[i]!.key === 'the';
  if (opensWithOwner) i++;
  for (let steps = 0; steps < MAX_DESCRIBING && tokens[i] && (DESCRIBING.has(tokens[i]!.key) || tokens[i]!.kind === 'number' || tokens[i]!.possessive); steps++) i++;
  const word = tokens[i];
  if (!word || word.kind !== 'word') return false;
  const key = word.possessive ? word.base : word.key;
  if (RELATIONS.has(key) || PETS.has(key)) return opensWithOwner || /[,(–—-]/.test(next.gapBefore);
  return opensWithOwner && tokens[last + 1]!.key !== 'the' && OWN_CHILDREN.has(key);
}

/**
 * Is the forename at tokens `first..last` marked as someone the writer knows outside
 * school (family, a friend, a neighbour, a pet), directly or as part of a list of names
 * so marked?
 */
export function isKnownPerson(tokens: readonly Token[], first: number, last: number): boolean {
  if (markedBefore(tokens, first) || markedAfter(tokens, last)) return true;
  const start = listStart(tokens, first);
  const end = listEnd(tokens, last);
  return (start !== first && markedBefore(tokens, start)) || (end !== last && markedAfter(tokens, end));
}
