/**
 * The English access-request letter: GDPR Art. 15 and, where it applies, the CCPA right to
 * know (Cal. Civ. Code §§ 1798.110, 1798.115, answered within 45 days under § 1798.130).
 * Our own wording (MIT), following signals.md §6.5.
 */
import type { LetterText } from './letter-text';

export const TEXT_EN: LetterText = {
  locale: 'en-GB',
  subject: (name) => `Access request under Art. 15 GDPR / CCPA right to know – ${name}`,
  to: (name, site) => `To: ${name}${site ? ` (${site})` : ''}`,
  contact: (contact) => `Privacy contact: ${contact}`,
  policy: (url) => `Privacy policy: ${url}`,
  dated: (date) => `Date: ${date}`,
  title: 'Request for access to my personal data',
  greeting: 'Dear Sir or Madam,',
  intro:
    'Under Article 15 of the General Data Protection Regulation (GDPR) and, where the California ' +
    'Consumer Privacy Act (CCPA) applies to you, my right to know under Cal. Civ. Code §§ 1798.110 ' +
    'and 1798.115, I ask you to confirm whether you process personal data (personal information) ' +
    'about me and, if so, to give me access to it.',
  asksIntro: 'Please provide:',
  asks: [
    'a copy of all personal data you hold about me (Art. 15(1) and (3) GDPR), including pseudonymous ' +
      'data linked to cookie IDs, advertising IDs, device identifiers or hashed email addresses, such ' +
      'as the identifiers listed below;',
    'the purposes of the processing and the legal basis for each purpose;',
    'the categories of personal data concerned;',
    'the recipients to whom my data has been or will be disclosed, each by name and not only by ' +
      'category, including advertising, analytics and data partners;',
    'how long each category of data will be stored, or the criteria used to decide that;',
    'where data was not collected from me, all available information about its source;',
    'whether you use automated decision-making, including profiling (Art. 22 GDPR), with meaningful ' +
      'information about the logic involved and its significance and envisaged consequences for me;',
    'where my data is transferred to a country outside the EU/EEA, the appropriate safeguards under ' +
      'Art. 46 GDPR;',
    'the data I have provided to you, including data you observed about my use of your services, in a ' +
      'structured, commonly used and machine-readable format (Art. 20 GDPR).',
  ],
  specificIntro: 'In particular, please include:',
  specificAsks: [
    'the segments, audiences, interest or affinity scores and any other inferences you have derived ' +
      'about me;',
    'the A/B tests and experiments I have been assigned to, with the variant I saw;',
    'whether and how the prices, discounts or offers shown to me are personalised, and the logic used;',
    'every partner that received my email address or phone number, including in hashed form (for ' +
      'example SHA-256), with the dates.',
  ],
  observedHeading: {
    shop: 'What I observed on your website',
    company: 'What I observed being sent to you',
  },
  observedIntro: {
    shop: 'With the browser extension Glass Customer I recorded the following in my own browser:',
    company:
      'With the browser extension Glass Customer I recorded in my own browser that websites I visited ' +
      'sent the following to your services:',
  },
  seen: (first, last) => {
    if (first && last && first !== last) return `first seen ${first}, last seen ${last}`;
    const only = last ?? first;
    return only ? `seen ${only}` : '';
  },
  item: (category, description, seen) =>
    `- ${category ? `${category}: ` : ''}${description}${seen ? ` (${seen})` : ''}`,
  moreItems: (count) => `- and ${count} further ${count === 1 ? 'item' : 'items'}`,
  recipientsIntro:
    'Your pages sent data to these companies; please tell me what each of them received about me and ' +
    'on what basis:',
  sourcesIntro: 'The data came from pages of these websites:',
  identifiersIntro: 'These identifiers were stored in my browser; please use them to find my data:',
  identify:
    'If you need further information to identify me, please tell me exactly which information you need.',
  deadline:
    'Please answer without undue delay and at the latest within one month of receiving this request ' +
    '(Art. 12(3) GDPR); where the CCPA applies, within 45 days. The first copy of my data is free of ' +
    'charge (Art. 15(3) GDPR).',
  closing: 'Kind regards,',
  compactIntro:
    'Under Art. 15 GDPR (and the CCPA right to know, where it applies), please confirm ' +
    'whether you process my personal data and send me a copy, including data linked to ' +
    'cookie or ad IDs, with the purposes, categories, named recipients, retention, sources, ' +
    'any profiling or automated decisions and their logic, third-country safeguards and a ' +
    'machine-readable copy (Art. 20). Please include inferred segments and scores, A/B test ' +
    'assignments, price personalisation and the partners that received my hashed email.',
  compactDeadline: 'Please answer within one month (Art. 12(3) GDPR); the first copy is free.',
  categories: {
    identity: 'Identity',
    contact: 'Contact & address',
    location: 'Location',
    browsing: 'Browsing',
    purchases: 'Purchases',
    interests: 'Interests',
    device: 'Device',
    financial: 'Financial',
    household: 'Household & demographics',
    recording: 'Behaviour recording',
  },
  listSeparator: ', ',
  fullStop: '.',
};
