/**
 * Clean drafts in the voice of everyday staff posts, written to sit close to a complaint
 * (school words next to tired, cross or sarcastic words) without being one. Measured for
 * false alarms only. Our own words.
 */
import type { Voice } from './grievance-voices';

const school = (text: string): Voice => ({ text, account: 'school' });

export const GRIEVANCES: Record<string, readonly (string | Voice)[]> = {};

export const NOT_GRIEVANCES: Record<string, readonly (string | Voice)[]> = {
  tiredJokes: [
    'Exam season tally: 400 scripts, 3 red pens, 1 existential crisis.',
    'Training day tomorrow. Will bring biscuits, will not bring enthusiasm before 9am.',
    'Staff photo day and I have a spot the size of Cornwall. Brilliant.',
    'Parents evening bingo: "he is very chatty" – full house by 6pm.',
    'Friday period 6 with Year 10. Pray for me.',
    'Forgot it was non-uniform day and turned up in a suit. The Year 7s will never let me forget it.',
    'My classroom smells of PVA glue and despair. Art week, everyone.',
    'The printer ate my worksheets again. It knows.',
    'Running on coffee and the fumes of a laminator.',
    'Just tried to explain fronted adverbials to my cat. He was more engaged than 4B.',
    'Half term in 3 sleeps. Not that anyone is counting.',
    'Nothing says Monday like a fire drill in the rain.',
    'Twenty years of teaching and I still cannot work the interactive whiteboard.',
    'Staff Christmas do tonight. Dreading the karaoke.',
    'Woke up at 3am thinking about seating plans. Normal behaviour.',
  ],
  affectionate: [
    'Our school boiler has the personality of a grumpy old man. We love him anyway.',
    'Same staffroom chair for fifteen years. It has a dent in my shape now.',
    'Our caretaker has fixed the same radiator nine times this winter. Absolute hero.',
    'The head does the worst dad jokes in assembly and the kids adore her for it.',
    'Our office manager runs the place, we all know it.',
    'Department meeting turned into a debate about the best biscuit. Productive.',
  ],
  badDay: [
    'Rough day. Two nosebleeds, a flood in the toilets and a wasp in the hall.',
    'Worst day of the term: the coach broke down on the way back from the zoo.',
    'Lost my voice, my lanyard and my mind today.',
    'The Wi-Fi went down during the assessment. Technology, eh.',
    'Snow closed the roads so half the staff could not get in. Skeleton crew!',
    'Power cut at lunch, so it was sandwiches for everyone. The kids thought it was an adventure.',
  ],
  outside: [
    'Ofsted framework changing again. Here we go.',
    'The new national curriculum draft is out. Reading it tonight, wish me luck.',
    'Exam boards, please stop publishing results at midnight.',
    'Teacher recruitment is in crisis nationally and nobody in government seems to care.',
    "Council still hasn't gritted the road up to school. Third day running.",
    'Why is every supply agency advert for a "dynamic" teacher?',
    'Parents who let their kids bring energy drinks to school: why?',
    'Our union has called a ballot over the national pay offer.',
    "Another school in the next town got a terrible inspection. Feeling for the staff there.",
  ],
  praiseAndNews: [
    'SLT ran a staff breakfast this morning. Bacon rolls all round.',
    'Our head has promised no emails after 6pm. And she has stuck to it!',
    'Trust has given all support staff a pay rise above inflation. About time, and well deserved.',
    'Delighted to be joining the leadership team in September.',
    'Our line managers meet us every fortnight now. Really helps.',
    'New behaviour policy is working. Corridors are calmer already.',
    'The staff survey results are in and morale is up. Long may it last.',
    'Leadership changed the report format to save us time. Appreciated.',
    'Our HoD stayed until seven helping me fix my scheme of work.',
    "Head teacher's door really is always open. Popped in today and got sorted in five minutes.",
  ],
  notices: [
    school('Staff training day on Monday: school is closed to pupils.'),
    school('Reports will go home on Friday. Please contact your child’s teacher with any questions.'),
    school('We are recruiting a midday supervisor. Details on our website.'),
    school('Sadly our Year 6 residential has been postponed because the centre has flooded. We will update you soon.'),
    school('The trust has appointed a new CEO, who will visit us in January.'),
    school('Parents evening bookings close tomorrow. Please book through the app.'),
    'Reminder to colleagues: data drop closes Friday at 5.',
    'Cover list is up in the staffroom for tomorrow.',
    'New timetable starts after half term. Copies in pigeonholes.',
  ],
  selfOwned: [
    'My planning is a mess this week, totally my own fault.',
    'Marked the same book twice. Clearly need more sleep.',
    "I set the homework on the wrong page. Sorry Year 8, that's on me.",
    'My desk is a disaster zone. No idea how the kids find anything.',
  ],
};
