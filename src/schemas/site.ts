import { z } from 'zod';
import { link, text } from './common.ts';

/** A colour written as six hexadecimal digits after "#", for example "#0a4d5c". */
const colour = z
  .string({ error: 'must be a colour written "#rrggbb", for example "#0a4d5c"' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written "#rrggbb" (a "#" and six digits 0-9 or letters a-f), for example "#0a4d5c"' })
  .transform((value) => value.toLowerCase());

/** The brand colours of one colour scheme. The check refuses any pair that fails WCAG 2.2 AA contrast. */
export const paletteSchema = z.strictObject({
  /** Background of the header, of the current page in page lists and of the search button, for example "#0a4d5c". */
  brand: colour,
  /** Text on the brand colour; it must have a contrast of at least 4.5:1 with it. Usually "#ffffff". */
  brandText: colour.default('#ffffff'),
  /** The line under the header and under a link in the navigation when the pointer is on it; at least 3:1 against the brand colour. */
  accent: colour,
});
export type Palette = z.infer<typeof paletteSchema>;

/** Which sections of the site are built. A section that is off has no pages and no links to it. */
export const sectionsSchema = z.strictObject({
  /** The Police and Crime Plan (/plan/), from data/plan/. */
  plan: z.boolean({ error: 'must be true or false' }).default(true),
  /** Inspection reports and the recommendations tracker (/inspections/). */
  inspections: z.boolean({ error: 'must be true or false' }).default(true),
  /** Performance figures and their open data (/performance/ and the datasets on /data/). */
  performance: z.boolean({ error: 'must be true or false' }).default(true),
  /** The transparency index of what the Specified Information Order requires (/transparency/). */
  transparency: z.boolean({ error: 'must be true or false' }).default(true),
});
export type Sections = z.infer<typeof sectionsSchema>;

/**
 * The site's settings, in content/site.yaml: who publishes it, for which area and force, how to contact the office,
 * its logo and colours, which sections it has and the links in its footer.
 */
export const siteSettingsSchema = z.strictObject({
  /** The office's full name, shown in the header and page titles, for example "Cambridgeshire Police and Crime Commissioner". */
  name: text,
  /** A short name for tight spaces such as calendar names, for example "Cambridgeshire PCC". */
  shortName: text,
  /** What the site is, in one line under the name, for example "Board papers, meetings, decisions and performance". */
  tagline: text,
  /** The police force area, as it is written in a sentence, for example "Cambridgeshire and Peterborough". */
  area: text,
  /** The police force's name, for example "Cambridgeshire Constabulary". */
  force: text,
  /** The site's public address, for canonical links and the sitemap, when the host does not set SITE_URL, for example "https://www.example-pcc.gov.uk". */
  siteUrl: link.refine((value) => /^https?:\/\//.test(value), { error: 'must be a web address starting https://' }).optional(),
  /** How the public can contact the office, shown in the footer and the accessibility statement. */
  contact: z.strictObject({
    /** Email address, for example "office@example.police.uk". */
    email: z.email({ error: 'must be an email address, for example office@example.police.uk' }),
    /** Telephone number as it is dialled, for example "0300 333 3456". */
    phone: text,
    /** Postal address on one line, for example "2nd Floor, Building 1, Some Street, Town AB1 2CD". */
    address: text.optional(),
    /** The office's own website, for example "https://www.example-pcc.gov.uk". */
    url: link.optional(),
  }),
  /** The office's logo in the header, instead of the plain shield. */
  logo: z
    .strictObject({
      /** The file, in the public/ folder, as an SVG or PNG, for example "logo.svg". */
      file: text,
      /** What the logo says or shows, for people who cannot see it, for example "Exampleshire Police and Crime Commissioner crest". */
      alt: text,
    })
    .optional(),
  /** The brand colours, in light mode and in dark mode. */
  colours: z.strictObject({
    /** Colours on a light page. */
    light: paletteSchema,
    /** Colours when the reader's device asks for a dark page. */
    dark: paletteSchema,
  }),
  /** Which sections are built; each is on unless it is set to false. */
  sections: sectionsSchema.default({ plan: true, inspections: true, performance: true, transparency: true }),
  /** Extra links in the footer, after the site's own, for example the office's privacy notice. */
  footerLinks: z
    .array(
      z.strictObject({
        /** The link's words, for example "Privacy notice". */
        label: text,
        /** Where it leads: a web address, or a page of this site starting with "/". */
        url: link,
      }),
    )
    .default([]),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
