// Links, images and definitions in Markdown bodies follow the link rule of src/lib/validation/link-rules.ts, the same one as
// URL fields in YAML (tests/unit/validation/link-rules.test.ts has the rule itself; this is where bodies use it).
import { describe, expect, it } from 'vitest';
import { markdownProblems } from '../../../src/lib/validation/markdown-rules.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { parseMdxFile } from '../../../src/lib/sources/source-file.ts';

/** Problems for a body placed after a two-line frontmatter: the body's first line is line 5 of the file. */
function problems(body: string): string[] {
  const { source } = parseMdxFile('content/papers/x.md', 'x', `---\ntitle: x\n---\n\n${body}`);
  return markdownProblems(source).map(formatProblem);
}

describe('links a Markdown body may have', () => {
  it.each([
    ['a link to another site and to this site', '[The report](https://www.justiceinspectorates.gov.uk/) and [papers](/papers/).'],
    ['an http:// source, cited as printed', '[The Act](http://www.legislation.gov.uk/ukpga/2011/13/contents/enacted)'],
    ['an email link and an in-page anchor', '[Write to us](mailto:office@example.gov.uk) or [see below](#recommendations).'],
    ['an image of this site', '![Chart of recorded crime](/images/crime.png)'],
    ['a link by reference', '[the plan][plan]\n\n[plan]: https://www.gov.uk/plan'],
    ['addresses written as text', 'See www.gov.uk, <https://www.gov.uk/> or office@example.gov.uk.'],
  ])('%s', (_name, body) => expect(problems(body)).toEqual([]));
});

describe('links refused, at their line, with the fix', () => {
  it.each([
    ['a link to another site written "//"', '[x](//evil.example)', '"//evil.example" is not a link this site can publish: it starts with "//", which leads to whatever site follows — write the full address starting https://'],
    ['a backslash that browsers read as "//"', '[x](/\\\\evil.example)', '"/\\evil.example" is not a link this site can publish: it has a backslash (\\), which browsers read as "/", so it leads to whatever site follows — write / instead of \\'],
    ['a data: link', '[x](data:text/html,hi)', 'it is a data: address, which carries a whole page or file inside the link and can run code — remove it'],
    ['a file: image', '![x](file:///etc/passwd)', '"file:///etc/passwd" is not an image address this site can publish: it is a file: address'],
    ['a javascript: link in upper case', '[x](JAVASCRIPT:alert(1))', '"JAVASCRIPT:alert(1)" is not a link this site can publish: it is a javascript: address'],
    ['a javascript: link with a tab in its scheme', '[x](<java\tscript:alert(1)>)', '"java\\tscript:alert(1)" is not a link this site can publish: it is a javascript: address'],
    ['a javascript: link with an HTML entity', '[x](&#106;avascript:alert(1))', '"javascript:alert(1)" is not a link this site can publish: it is a javascript: address'],
    ['a vbscript: definition', '[x]\n\n[x]: vbscript:msgbox(1)', 'it is a vbscript: address'],
    ['a relative link', '[x](../papers/)', '"../papers/" is not a link this site can publish: it is a relative link'],
    ['a name before "@"', '[x](https://www.gov.uk@evil.example/)', 'which hides the site it really leads to'],
  ])('%s', (_name, body, expected) => {
    const found = problems(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/papers\/x\.md:(5|7) {2}\(body\) {2}/);
    expect(found[0]).toContain(expected);
  });

  it('reports the definition on its own line', () => {
    expect(problems('Text [x].\n\n[x]: //evil.example')).toEqual([expect.stringMatching(/^content\/papers\/x\.md:7 {2}\(body\) {2}"\/\/evil\.example" is not a link/)]);
  });
});
