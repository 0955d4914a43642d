/**
 * A third set of staff voices for `internal-grievance`, written last and only measured,
 * never tuned to: how the rule does on wording neither of the other sets shaped. Our own
 * words; the school is St Stephens (SSCA) in the An Daras trust.
 */
import type { Voice } from './grievance-voices';

const school = (text: string): Voice => ({ text, account: 'school' });
const unknown = (text: string): Voice => ({ text, account: 'unknown' });

export const GRIEVANCES: Record<string, readonly (string | Voice)[]> = {
  sarcasm: [
    'Three hours of INSET on a new acronym. Can already feel my teaching improving.',
    'Fantastic to get the new seating plan template on the last day of term. Really helpful timing.',
    'The head has introduced a staff of the month award. The prize is a duty-free lunchtime. Wow.',
    'Great news everyone, the trust has found the money for another consultant. Still no glue sticks though.',
    "So the 'optional' Saturday revision session now has a register for staff. Cool cool cool.",
    'Apparently staff wellbeing is top of the agenda. Right after data, attendance, uniform and the new logo.',
    'Told our workload concerns were "heard". Then handed the new assessment grid. Feeling very heard.',
    'Nothing boosts morale like a learning walk during a fire drill.',
    unknown("Can't beat being told your lesson 'lacked energy' by someone who hasn't taught since the Olympics were in London."),
  ],
  mockThanks: [
    'Thank you SLT for the inspirational email reminding us to smile more. Fixed everything.',
    'Cheers to the trust for the new 40-page marking guide. Light reading for half term.',
    'Massive thanks to whoever booked the Year 8 parents evening on Bonfire Night.',
    'Thanks, management, for moving my PPA to period 6 on a Friday. Truly touched.',
  ],
  decline: [
    'The atmosphere at work has gone from buzzing to funereal in a year.',
    'Three heads in two years and the staffroom has given up caring.',
    "Morale in the English department is lower than the Year 11 attendance figures.",
    'Since the academy conversion it has been one long slide downhill for staff.',
    'Every year more good people leave my school and the people at the top act like it is normal.',
  ],
  manager: [
    'My line manager sends me jobs at 10pm and then asks in the morning why they are not done.',
    'Head of year has decided I am now in charge of every Year 8 detention. Nobody asked me.',
    'My HoD lifted my whole unit of work and sent it round the trust as hers.',
    'Asked my deputy head for a meeting about my workload. She said she was too busy and to "manage it".',
    'Told the head I was close to burnout. Got a leaflet about breathing exercises.',
    'Mr Lobb just walks out of our shared duty every day and leaves me with 200 kids.',
    'My line manager only speaks to me when something has gone wrong.',
    'I raised safety concerns about the science prep room twice. Both times ignored.',
    "Asked for the afternoon off for my dad's funeral and was asked if I could go after school.",
  ],
  advice: [
    'Dear leaders: a staff survey is only worth doing if you read the answers.',
    'Memo to the trust board: visiting a school for ten minutes is not the same as knowing it.',
    'Friendly reminder to all head teachers that "open door" means you are actually behind it.',
    'If any school leaders are reading this, please stop sending whole-staff emails to tell off one person.',
  ],
  schoolBlame: [
    school('Year 4 swimming is cancelled this half term. The trust has not renewed the pool booking, and we know how disappointing this is.'),
    school('We are sorry that the Year 6 leavers disco is off. The trust has refused to approve the hall hire.'),
    school('Apologies for the late reports. Mr Trewin did not finish his marking in time.'),
    school('The Year 1 farm trip will not happen because the head did not send the booking form back in time.'),
  ],
  payAndConditions: [
    'Fourteen years in and my pay has gone backwards in real terms while the trust CEO got a rise.',
    'No sick pay for supply, no pension for the TAs on zero hours, and the trust calls us a family.',
    'Our classrooms hit 30 degrees again and the answer from the office was to open a window. It does not open.',
    'We were promised protected PPA this year. I have had it twice since September.',
    'The staff room has been turned into an office for the new trust team. We now eat at our desks.',
  ],
  textSpeak: [
    'slt said "we value your time" and then scheduled a 2 hour meeting on a friday lmaooo',
    'my school really said wellbeing week and gave us MORE duties 😭',
    'the way our head talks to support staff is actually disgusting tbh',
    'hod got a promotion for MY data analysis. love that for her i guess',
  ],
};

export const NOT_GRIEVANCES: Record<string, readonly (string | Voice)[]> = {
  warm: [
    'Our head teacher made every member of staff a cuppa this morning. Small things matter.',
    'Massive thanks to my line manager for backing me up with a tricky parent today.',
    'Proud of our SLT for standing up for staff during the inspection.',
    'Our HoD has taken on the Year 11 intervention herself so we can breathe. Grateful.',
    'New head has cut the marking policy in half. Honestly, game changer.',
    'The trust sent every school a hamper for the end of term. Lovely gesture.',
    'Shout out to Mr Lobb for running the Duke of Edinburgh trip single-handed. Hero.',
  ],
  tired: [
    'Eleven hour day. Going to sleep for a week.',
    'Mock marking done. Brain is soup.',
    'Parents evening till 8. Voice gone. Worth it though.',
    'Marking 90 books this weekend. Comes with the job.',
    'Report writing season is here again. Pass the biscuits.',
    'Staff meeting overran by twenty minutes, but we sorted the new rota together.',
    'Long week of cover, but Year 9 were a joy.',
  ],
  outside: [
    'The traffic on the A30 is a joke again. Forty minutes to go five miles.',
    'My daughter\'s school has cancelled sports day for the second year. Gutted for her.',
    'Exam board has moved the results day. Of course it has.',
    'Government still refusing to fund the pay award properly. Shameful.',
    'The parents who shout at our lollipop lady should be ashamed.',
    'Half of Year 10 forgot their PE kit again. Every single week.',
    'Storm warning for tomorrow. Fingers crossed the roof holds.',
    'Thanks, Royal Mail, for losing my exam papers.',
  ],
  neutral: [
    school('Due to staff illness, the Year 3 trip is moved to next Tuesday. We apologise for any inconvenience.'),
    school('Please note the office will close at 2pm on Friday for staff training.'),
    school('The trust has confirmed that INSET days for next year are now on our website.'),
    school('Mr Trewin is leaving us at Easter after twenty years. Please join us to say thank you.'),
    'Our head is retiring in July. End of an era.',
    'SLT have asked for volunteers for the summer fair. Signed up for the tombola.',
    'New marking policy from September. Training on the first INSET day.',
    'The trust is consulting on changes to the school day. Survey closes Friday.',
    'Our line managers are changing next year as part of the new structure.',
  ],
  disrepute: [
    'SSCA has gone to the dogs.',
    'An Daras is the worst trust in the South West.',
  ],
};
