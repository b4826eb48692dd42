/** Who publishes this site. Change these lines to deploy it for another Commissioner. */
export const site = {
  /** Name shown in the header and in page titles. */
  name: 'Cambridgeshire Police and Crime Commissioner',
  /** Short name for tight spaces. */
  shortName: 'Cambridgeshire PCC',
  /** What the site is, in one line. */
  tagline: 'Board papers, meetings, decisions and performance',
  /** Police force area. */
  area: 'Cambridgeshire and Peterborough',
  /** Office contact details as printed on the Commissioner's papers (Police and Crime Panel report, 18 March 2015). */
  contact: { email: 'cambs-pcc@cambs.pnn.police.uk', phone: '0300 333 3456' },
} as const;
