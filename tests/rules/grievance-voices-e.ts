/**
 * A fourth set, written last and only measured: each line is a complaint of one of the
 * kinds the corpus notes name (sarcasm and mock thanks, idioms of decline, a manager
 * piling on or taking credit, not listening, a refusal with a put-down, advice to
 * leaders, blame on the school account, pay, a named colleague), said in fresh words,
 * and clean drafts of the kinds its hard negatives name. Our own words.
 */
import type { Voice } from './grievance-voices';

const school = (text: string): Voice => ({ text, account: 'school' });
const unknown = (text: string): Voice => ({ text, account: 'unknown' });

export const GRIEVANCES: Record<string, readonly (string | Voice)[]> = {
  sarcasmAndThanks: [
    'Nothing like a "five minute" staff meeting that finishes at half five. Cheers, management.',
    "Adore being emailed a brand new lesson plan format at 9pm on a Sunday. Living my best life.",
    'Our SLT have introduced a wellbeing hour. It is on a Friday after school and attendance is compulsory. Lovely.',
    'Thanks so much to the trust for the extra report deadline in mock week. Just what we all wanted 🙃',
    unknown('big shout out to leadership for putting parents evening on pancake day. top planning'),
    "Oh good, my Year 11 set has been 'merged' with another. Forty in the room. Super.",
  ],
  decline: [
    'Staff morale at my place has fallen off a cliff since the new CEO arrived.',
    'Our department used to be a lovely team. Since the restructure it has completely fallen apart.',
    'The wheels came off at work years ago and leadership are still pretending the car is moving.',
    'Since the takeover the trust has squeezed every last drop of goodwill out of us.',
  ],
  managerBehaviour: [
    'My head of department has given me two new Year 10 groups and an extra duty and called it "a development opportunity".',
    'Line manager just presented my reading intervention to governors as her own project. Not a mention of me.',
    'Brought my concerns about Year 9 to SLT in September, October and December. Still nobody has done anything.',
    'Asked for a morning off for my daughter’s hospital appointment and was told "we all have children, you know". Brilliant.',
    'Mrs Pascoe told me in front of my tutor group that my classroom was a pigsty. Still shaking.',
    'My line manager keeps adding jobs to my list and then marks me down for being behind.',
  ],
  adviceToLeaders: [
    'A word of advice to any head reading this: if your best teachers keep leaving, ask why before you ask for more data.',
    'Leaders, before you launch another initiative, maybe ask the people who will have to deliver it.',
  ],
  schoolBlame: [
    school('We are sorry the Year 5 trip to the castle is cancelled. The leadership team did not return the booking forms in time.'),
    school('Unfortunately the Year 8 theatre visit cannot go ahead because the trust did not approve the funding in time.'),
    school('Apologies that reports have been delayed. This was caused by Mr Lobb missing the data deadline.'),
  ],
  payAndConditions: [
    'Six years at my school and still no pay progression. Apparently there is money for a new reception desk though.',
    'TAs here are paid less than the supermarket and do twice the work. Disgraceful.',
    'Third week in a row my PPA has been taken for cover. Nobody even asks any more.',
    'Our budget for books was cut again this year while the trust hired another consultant.',
  ],
  leadersAndColleagues: [
    'Nobody on SLT has taught a full timetable in a decade and you can tell.',
    'Our head of year is a bully and everyone knows it.',
    'Mr Trewin has not set cover work once this term. Guess who picks up the pieces.',
    unknown('slt rly cancelled the staff christmas do to "save money" and then bought themselves new laptops lol'),
  ],
};

export const NOT_GRIEVANCES: Record<string, readonly (string | Voice)[]> = {
  hardNegatives: [
    'First week back and I have already lost my lanyard, my voice and my will to laminate.',
    'Same classroom for twelve years, same wobbly table, same leaky window. Would not swap it.',
    'Total chaos of a day. Fire alarm, nosebleed, and a hamster escape in Year 2. Early night.',
    'The buses in this town are a joke. Waited forty minutes in the rain.',
    'Oh wonderful, the forecast says thunderstorms for sports day. Thanks a lot, Cornwall.',
    'Our head teacher swam the length of the harbour for the school minibus fund. Legend.',
    'Long day, long week, long term. Roll on Easter.',
    'Tip for new teachers: mark in the room, not at home. Took me years to learn that.',
    'Twelve years at St Stephens and still cannot find the right key for the PE shed.',
    'Our head stood at the gate in a hailstorm so the rest of us could stay in. That is leadership.',
    'Marking 90 mock papers this weekend. It is the job and I knew that when I signed up.',
    'Delighted that SLT read the staff survey and moved the data drops. Listened to, for once.',
    'Department budget has gone up this year. New textbooks at last!',
    'Raised the Year 7 lunch queue problem at the meeting and it was sorted by Friday. That is how it should be.',
    'The cover rota this week is a work of art. Whoever did it deserves a medal.',
    'Dear exam boards, please stop moving the goalposts. Love, every English teacher in the country.',
    school('Unfortunately the Year 4 trip to the zoo is postponed because of the storm warning. We will rebook soon.'),
    'Honest advice for new teachers: you cannot do everything, so do the things that matter well.',
    'Workload is heavy this term but SLT cancelled two meetings to give us the time back. Appreciated.',
    'Genuinely impressed that leadership scrapped Friday meetings after the staff survey.',
  ],
};
