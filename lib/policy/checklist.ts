/**
 * The policy as a checklist for the popup: the Do's and Don'ts, the personal-use
 * appendix and the use of images, grouped as the policy groups them, each line short,
 * each with the policy's own words behind it. A test checks every quote still appears
 * word for word in `ssca-social-media-policy.txt` (in this folder).
 */
import type { PolicyClause, RuleId } from '../types';
import { CLAUSES } from './clauses';

export interface ChecklistItem {
  /** Stable within its group: ticks are remembered by it. */
  readonly id: string;
  /** One short line, in the words a busy teacher reads. */
  readonly text: string;
  /** The policy's own words, first the one the line comes from. */
  readonly clauses: readonly [PolicyClause, ...PolicyClause[]];
  /** Rules that check this as the user types, if any. */
  readonly rules?: readonly RuleId[];
}

export interface ChecklistGroup {
  readonly id: 'before-you-post' | 'images' | 'personal' | 'school-do' | 'school-dont';
  readonly title: string;
  /** Items the user can tick off for the post they are writing now. */
  readonly tickable: boolean;
  readonly items: readonly ChecklistItem[];
}

const DOS = "The Do's";
const DONTS = "The Don'ts";
const APPENDIX = 'Appendix';
const IMAGES = 'Use of images';

const clause = (section: string, quote: string): PolicyClause => ({ section, quote });

export const CHECKLIST: readonly ChecklistGroup[] = [
  {
    id: 'before-you-post',
    title: 'Before you post',
    tickable: true,
    items: [
      {
        id: 'no-pupil-details',
        text: "No pupil's full name or personal details",
        clauses: [CLAUSES.dataProtection, CLAUSES.noPublishList],
        rules: ['pupil-name', 'no-consent-pupil', 'personal-data'],
      },
      {
        id: 'disclaimer',
        text: 'A disclaimer if a personal post mentions the school',
        clauses: [CLAUSES.disclaimer, CLAUSES.disclaimerDo],
        rules: ['disclaimer-missing'],
      },
      {
        id: 'confidential',
        text: 'Nothing confidential',
        clauses: [CLAUSES.confidential, CLAUSES.confidentialityMaintained],
        rules: ['confidential'],
      },
      {
        id: 'tone',
        text: 'A professional, respectful tone',
        clauses: [CLAUSES.tone, clause(DOS, 'Be respectful to all parties'), CLAUSES.professional],
        rules: ['tone', 'offensive-language'],
      },
      {
        id: 'no-grievance',
        text: 'No complaints about work or colleagues',
        clauses: [CLAUSES.grievance, clause(APPENDIX, 'If you want to criticise, do it politely.')],
        rules: ['internal-grievance', 'staff-named'],
      },
      {
        id: 'controversial',
        text: 'Anything controversial checked with a senior leader first',
        clauses: [CLAUSES.controversial],
        rules: ['controversial'],
      },
      {
        id: 'credit',
        text: "Permission and credit for other people's material",
        clauses: [CLAUSES.attribution, CLAUSES.copyright],
        rules: ['attribution'],
      },
      {
        id: 'audience',
        text: 'Happy for anyone to read it, for good',
        clauses: [
          clause(APPENDIX, 'When posting online consider; Scale, Audience and Permanency of what you post'),
          clause(APPENDIX, '“Nothing” on social media is truly private'),
        ],
      },
    ],
  },
  {
    id: 'images',
    title: 'Images',
    tickable: true,
    items: [
      {
        id: 'permission',
        text: 'Permission for every photo and video',
        clauses: [CLAUSES.imagePermission, CLAUSES.askedNotToBePhotographed],
        rules: ['image-consent'],
      },
      {
        id: 'school-accounts-only',
        text: 'Photos of pupils only on school accounts',
        clauses: [CLAUSES.pupilPictures],
        rules: ['pupil-image'],
      },
      {
        id: 'dressed-not-listed',
        text: 'Pupils appropriately dressed, and nobody on the no-photo list',
        clauses: [CLAUSES.noPublishList],
        rules: ['no-consent-pupil', 'image-consent'],
      },
      {
        id: 'no-full-names',
        text: 'No full names with photos, and tagging turned off',
        clauses: [clause(DOS, 'Consider turning off tagging people in images where possible'), CLAUSES.dataProtection],
      },
      {
        id: 'compromising',
        text: 'A compromising picture deleted straight away',
        clauses: [
          clause(
            IMAGES,
            'If a member of staff inadvertently takes a compromising picture which could be misconstrued or misused, they must delete it immediately.',
          ),
        ],
      },
    ],
  },
  {
    id: 'personal',
    title: 'Personal accounts',
    tickable: false,
    items: [
      { id: 'pupils', text: "Don't follow or engage with pupils, past or present", clauses: [CLAUSES.pupilContact], rules: ['pupil-contact'] },
      {
        id: 'branding',
        text: 'No school logo or branding',
        clauses: [
          clause(APPENDIX, 'Social media can blur the lines between your professional and private life. Don’t use the school logo and/or branding on personal accounts'),
        ],
        rules: ['school-branding'],
      },
      { id: 'private', text: 'Nothing on social media is truly private', clauses: [clause(APPENDIX, '“Nothing” on social media is truly private')] },
      { id: 'settings', text: 'Check your privacy settings regularly', clauses: [clause(APPENDIX, 'Check your settings regularly and test your privacy')] },
      { id: 'footprint', text: 'Keep an eye on your digital footprint', clauses: [clause(APPENDIX, 'Keep an eye on your digital footprint')] },
      { id: 'personal-information', text: 'Keep your personal information private', clauses: [clause(APPENDIX, 'Keep your personal information private')] },
      {
        id: 'connections',
        text: 'Review your connections',
        clauses: [clause(APPENDIX, 'Regularly review your connections – keep them to those you want to be connected to')],
      },
      { id: 'criticise', text: 'Criticise politely, if at all', clauses: [clause(APPENDIX, 'If you want to criticise, do it politely.')] },
      {
        id: 'your-images',
        text: 'Take control of your images and tags',
        clauses: [
          clause(
            APPENDIX,
            'Take control of your images – do you want to be tagged in an image? What would children or parents say about you if they could see your images?',
          ),
        ],
      },
      { id: 'report', text: 'Know how to report a problem', clauses: [clause(APPENDIX, 'Know how to report a problem')] },
    ],
  },
  {
    id: 'school-do',
    title: "School accounts: do",
    tickable: false,
    items: [
      { id: 'controversial', text: 'Check anything controversial with a senior leader', clauses: [CLAUSES.controversial], rules: ['controversial'] },
      { id: 'disclaimer', text: 'Use a disclaimer for personal views', clauses: [CLAUSES.disclaimerDo], rules: ['disclaimer-missing'] },
      { id: 'who', text: 'Make it clear who is posting', clauses: [clause(DOS, 'Make it clear who is posting content')] },
      { id: 'tone', text: 'Use a professional tone', clauses: [CLAUSES.tone], rules: ['tone'] },
      { id: 'respect', text: 'Be respectful to everyone', clauses: [clause(DOS, 'Be respectful to all parties')] },
      { id: 'credit', text: "Get permission for, and credit, others' material", clauses: [CLAUSES.attribution], rules: ['attribution'] },
      { id: 'balanced', text: 'Keep opinions balanced and measured', clauses: [clause(DOS, 'Express opinions but do so in a balanced and measured manner')] },
      {
        id: 'second-opinion',
        text: 'When in doubt, get a second opinion',
        clauses: [clause(DOS, 'Think before responding to comments and, when in doubt, get a second opinion')],
      },
      { id: 'mistakes', text: 'Report mistakes', clauses: [clause(DOS, 'Seek advice and report any mistakes using the school’s reporting process')] },
      { id: 'tagging', text: 'Turn off tagging in images where you can', clauses: [clause(DOS, 'Consider turning off tagging people in images where possible')] },
    ],
  },
  {
    id: 'school-dont',
    title: "School accounts: don't",
    tickable: false,
    items: [
      { id: 'disrepute', text: 'Nothing that brings the school into disrepute', clauses: [CLAUSES.disrepute], rules: ['disrepute'] },
      { id: 'confidential', text: 'Nothing confidential or commercially sensitive', clauses: [CLAUSES.confidential], rules: ['confidential'] },
      { id: 'law', text: 'No breach of copyright or data protection', clauses: [CLAUSES.dataProtectionDont], rules: ['personal-data'] },
      {
        id: 'audience',
        text: 'Nothing unsuitable for any audience',
        clauses: [
          clause(
            DONTS,
            "Consider the appropriateness of content for any audience of school accounts, and don't link to, embed or add potentially inappropriate content",
          ),
        ],
      },
      { id: 'offensive', text: 'Nothing derogatory, offensive or discriminatory', clauses: [CLAUSES.offensive], rules: ['offensive-language'] },
      { id: 'grievances', text: 'No internal grievances', clauses: [CLAUSES.grievance], rules: ['internal-grievance'] },
    ],
  },
];

/** The key a tick is kept under: `group/item`. */
export function checklistKey(group: ChecklistGroup, item: ChecklistItem): string {
  return `${group.id}/${item.id}`;
}

/** The groups whose items the user ticks for the post in hand. */
export function tickableKeys(): string[] {
  return CHECKLIST.filter((g) => g.tickable).flatMap((g) => g.items.map((i) => checklistKey(g, i)));
}
