/**
 * The sentences of the social media policy that the rules rest on, quoted word for
 * word from `ssca-social-media-policy.txt` (in this folder), with their headings.
 * A test checks every quote still appears in the policy text.
 */
import type { PolicyClause } from '../types';

export const CLAUSES = {
  disclaimer: {
    section: 'Scope',
    quote:
      'In all cases, where a personal account is used which associates itself with the school or impacts on the school, it must be made clear that the member of staff is not communicating on behalf of the school/MAT with an appropriate disclaimer.',
  },
  disclaimerDo: { section: "The Do's", quote: 'Use a disclaimer when expressing personal views' },
  dataProtection: {
    section: 'Legal considerations',
    quote: 'Users must ensure that their use of social media does not infringe upon relevant data protection laws, or breach confidentiality.',
  },
  dataProtectionDont: { section: "The Don'ts", quote: "Don't breach copyright, data protection or other relevant legislation" },
  noPublishList: {
    section: 'Use of images',
    quote:
      'Students should be appropriately dressed, not be subject to ridicule and must not be on any school list of children whose images must not be published.',
  },
  askedNotToBePhotographed: {
    section: 'Use of images',
    quote: 'If anyone, for any reason, asks not to be filmed or photographed then their wishes should be respected.',
  },
  offensive: { section: "The Don'ts", quote: "Don't post derogatory, defamatory, offensive, harassing or discriminatory content" },
  professional: {
    section: 'Behaviour',
    quote: 'Digital communications by staff must be professional and respectful at all times and in accordance with this policy.',
  },
  confidential: { section: "The Don'ts", quote: "Don't publish confidential or commercially sensitive material" },
  confidentialityMaintained: {
    section: 'Behaviour',
    quote: 'Staff must ensure that confidentiality is maintained on social media even after they leave the employment of the school.',
  },
  grievance: { section: "The Don'ts", quote: "Don't use social media to air internal grievances" },
  judgmentsAboutStaff: {
    section: 'Behaviour',
    quote:
      'Staff will not use social media to infringe on the rights and privacy of others or make ill-considered comments or judgments about staff.',
  },
  withoutNamingStaff: {
    section: 'Parents/Carers',
    quote: 'Parents/Carers are encouraged to comment or post appropriately about the school within any form of social media without naming members of staff.',
  },
  pupilContact: {
    section: 'Personal use',
    quote: 'Staff are not permitted to follow or engage with current or prior pupils/students of the school on any personal social media network account.',
  },
  branding: { section: 'Appendix', quote: 'Don’t use the school logo and/or branding on personal accounts' },
  controversial: {
    section: "The Do's",
    quote: 'Check with a senior leader before publishing content that may have controversial implications for the school',
  },
  disrepute: {
    section: "The Don'ts",
    quote: "Don't make comments, post content or link to materials that will bring the school into disrepute",
  },
  attribution: {
    section: "The Do's",
    quote: "Ensure you have permission to ‘share’ other peoples’ materials and acknowledge the author",
  },
  copyright: {
    section: 'Legal considerations',
    quote:
      'Users of social media should consider the copyright of the content they are sharing and, where necessary, should seek permission from the copyright holder before sharing.',
  },
  tone: { section: "The Do's", quote: 'Use an appropriate and professional tone' },
  journalist: {
    section: 'Behaviour',
    quote: 'If a journalist makes contact about posts made using social media staff must follow the school media policy before responding.',
  },
  pupilPictures: {
    section: 'Use of images',
    quote:
      'Under no circumstances should staff share or upload student pictures online other than via school owned social media accounts',
  },
  imagePermission: {
    section: 'Use of images',
    quote: "Permission to use any photos or video recordings should be sought in line with the school's digital and video images policy.",
  },
} as const satisfies Record<string, PolicyClause>;

/** How a finding cites its clause: `Section: "quote"`. */
export function citePolicy(clause: PolicyClause): string {
  return `${clause.section}: “${clause.quote}”`;
}
