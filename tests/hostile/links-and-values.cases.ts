// One rule for links, in YAML fields and in Markdown and MDX bodies alike (src/lib/validation/link-rules.ts), and figures
// and periods the data can hold: every trick below is refused by check and build with the fix; the addresses the
// rule allows are built into the page as written.
import { expect } from 'vitest';
import type { HostileCase } from '../helpers/hostile.ts';
import { validData, validFiles } from '../helpers/content-fixture.ts';

const paperFile = 'papers/2018-05-10-a-paper.md';
const paperPath = `content/${paperFile}`;
const dataPath = 'data/indicators/all-recorded-crime.yaml';

/** The valid paper with its body text replaced. */
const body = (text: string): Record<string, string> => ({ [paperFile]: validFiles[paperFile]!.replace('\nText.\n', `\n${text}\n`) });

/** The valid paper with its source's url set (written into the YAML as it is given). */
const sourceUrl = (yaml: string): Record<string, string> => ({ [paperFile]: validFiles[paperFile]!.replace('  title: Test pack\n', `  title: Test pack\n  url: ${yaml}\n`) });

/** The valid All Recorded Crime dataset with one piece of text replaced. */
const data = (from: string, to: string): Record<string, string> => {
  const text = validData['indicators/all-recorded-crime.yaml']!;
  if (!text.includes(from)) throw new Error(`the dataset fixture has no "${from}"`);
  return { [dataPath]: text.replace(from, to) };
};

export const cases: HostileCase[] = [
  // Links in YAML fields
  {
    name: 'a url field written "//host", which leads to another site',
    files: sourceUrl('//evil.example/report.pdf'),
    refused: { file: paperPath, message: 'source.url  is "//evil.example/report.pdf" — must be a link this site can publish, but it starts with "//"' },
  },
  {
    name: 'a url field written "/\\host", which browsers read as "//host"',
    files: sourceUrl('/\\evil.example/report.pdf'),
    refused: { file: paperPath, message: 'it has a backslash (\\), which browsers read as "/", so it leads to whatever site follows' },
  },
  {
    name: 'a JAVASCRIPT: url field in upper case',
    files: sourceUrl('JAVASCRIPT:alert(document.domain)'),
    refused: { file: paperPath, message: 'must be a link this site can publish, but it is a javascript: address' },
  },
  {
    name: 'a url field with a name before "@" that hides the real site',
    files: sourceUrl('https://www.gov.uk@evil.example/'),
    refused: { file: paperPath, message: 'which hides the site it really leads to' },
  },

  // Links in bodies: the same rule
  {
    name: 'a data: link in a body',
    files: body('[Read the report](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'),
    refused: { file: paperPath, message: 'is not a link this site can publish: it is a data: address' },
  },
  {
    name: 'a file: image in a body',
    files: body('![Chart](file:///etc/passwd)'),
    refused: { file: paperPath, message: '"file:///etc/passwd" is not an image address this site can publish: it is a file: address' },
  },
  {
    name: 'a javascript: link with a tab inside its scheme',
    files: body('[Read the report](<java\tscript:alert(document.domain)>)'),
    refused: { file: paperPath, message: '"java\\tscript:alert(document.domain)" is not a link this site can publish: it is a javascript: address' },
  },
  {
    name: 'a vbscript: link definition',
    files: body('Read [the report][r].\n\n[r]: VBScript:MsgBox(1)'),
    refused: { file: paperPath, message: '"VBScript:MsgBox(1)" is not a link this site can publish: it is a vbscript: address' },
  },
  {
    name: 'a body link written "\\\\host"',
    files: body('[Read the report](\\\\\\\\evil.example/report)'),
    refused: { file: paperPath, message: '"\\\\evil.example/report" is not a link this site can publish: it has a backslash' },
  },
  {
    name: 'a relative link in a body, which leads somewhere different on each page',
    files: body('[Admin](../../admin/)'),
    refused: { file: paperPath, message: '"../../admin/" is not a link this site can publish: it is a relative link' },
  },
  {
    name: 'a data: address in an attribute of an MDX tag',
    files: { [paperFile]: null, 'papers/2018-05-10-a-paper.mdx': body('<a href="data:text/html,x">Read</a>')[paperFile]! },
    refused: { file: 'content/papers/2018-05-10-a-paper.mdx', message: 'has href= on <a>: "data:text/html,x" is not a link this site can publish' },
  },

  // Figures and periods
  {
    name: '1e300 as a figure',
    files: data('value: 3968', 'value: 1e300'),
    refused: { file: dataPath, message: 'observations[1].value  is 1e+300 — must be at most 1000000000000 (a trillion) either way' },
  },
  {
    name: '.inf (Infinity) as a summary figure',
    files: data('fytd: 66192', 'fytd: .inf'),
    refused: { file: dataPath, message: 'summaries[0].fytd  is Infinity — must be a figure: .inf, .nan and Infinity are not numbers the site can publish' },
  },
  {
    name: '.nan as a figure',
    files: data('value: 5737', 'value: .nan'),
    refused: { file: dataPath, message: 'observations[2].value  is NaN — must be a figure' },
  },
  {
    name: 'a financial year (2015-16) in a monthly dataset',
    files: data('period: 2015-03', 'period: 2015-16'),
    refused: { file: dataPath, message: 'is "2015-16" — must be a month, because this dataset is monthly (it has summary blocks), but 2015-16 is a financial year: write the month the figure is for, for example 2016-03' },
  },
  {
    name: 'a month in a dataset declared to be by calendar year',
    files: {
      'data/indicators/ksi-by-year.yaml': validData['indicators/ksi-by-year.yaml']!.replace('polarity:', 'frequency: calendar-year\npolarity:').replace('period: "2014"', 'period: 2014-12'),
    },
    refused: { file: 'data/indicators/ksi-by-year.yaml', message: 'must be a calendar year, because this dataset is by calendar year, but 2014-12 is a month' },
  },

  // What the rule allows reaches the page as written
  {
    name: 'https://, http://, mailto:, site paths and #anchors, in the body and in a url field',
    files: {
      [paperFile]: validFiles[paperFile]!
        .replace('  title: Test pack\n', '  title: Test pack\n  url: mailto:office@example.gov.uk\n')
        .replace(
          '\nText.\n',
          '\n[The Act](https://www.legislation.gov.uk/ukpga/2011/13), [as printed](http://www.legislation.gov.uk/ukpga/2017/3), [write to us](mailto:office@example.gov.uk), [all papers](/papers/) and [the purpose](#body).\n',
        ),
    },
    safe: (site) => {
      const html = site.read('papers/2018-05-10-a-paper/index.html');
      for (const href of ['https://www.legislation.gov.uk/ukpga/2011/13', 'http://www.legislation.gov.uk/ukpga/2017/3', 'mailto:office@example.gov.uk', '#body']) {
        expect(html).toContain(`href="${href}"`);
      }
      expect(html).toMatch(/href="\/papers\/"/);
    },
  },
];
