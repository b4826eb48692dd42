import { describe, expect, it } from 'vitest';
import { mdxProblems } from '../../../src/lib/validation/mdx-rules.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { parseMdxFile } from '../../../src/lib/sources/source-file.ts';

/** Problems for a body placed after a two-line frontmatter: the body's first line is line 5 of the file. */
function problems(body: string): string[] {
  const { source } = parseMdxFile('content/papers/x.mdx', 'x', `---\ntitle: x\n---\n\n${body}`);
  return mdxProblems(source).map(formatProblem);
}

describe('Markdown that content may use', () => {
  it.each([
    ['headings, emphasis and lists', '## Purpose\n\nThe **board** is asked to _note_:\n\n- one\n- two\n'],
    ['a table with alignment', '| Year | Crimes |\n| :--- | ---: |\n| 2017 | 5,737 |\n'],
    ['links to other sites and to this site', '[The report](https://www.justiceinspectorates.gov.uk/) and [papers](/papers/).'],
    ['an email link, an anchor, an image of this site and a definition', '[Write to us](mailto:office@example.gov.uk), [see below](#recommendations), ![Chart](/images/a.png), [report][r]\n\n[r]: https://www.gov.uk/'],
    ['an address written as text, which becomes a link', 'See www.gov.uk or write to office@example.gov.uk.'],
    ['a less-than sign with spaces, and ">"', 'Response times fell from 12 < 15 minutes; 3 > 2.'],
    ['escaped braces and angle brackets', 'Written \\{like this\\} and \\<this\\>.'],
    ['a chart', '<IndicatorChart id="all-recorded-crime" />'],
    ['a chart with single quotes, inside a paragraph', "Recorded crime <IndicatorChart id='all-recorded-crime' /> rose."],
    ['an empty body', ''],
  ])('%s', (_name, body) => expect(problems(body)).toEqual([]));
});

describe('what is refused, at the line where it is', () => {
  it('points at the line in the file, counting the frontmatter', () => {
    expect(problems('## Heading\n\nText.\n\n<script>alert(1)</script>\n')).toEqual([
      expect.stringMatching(/^content\/papers\/x\.mdx:9 {2}\(body\) {2}has <script>/),
    ]);
  });

  it('reports each problem of an element: the tag, then each attribute', () => {
    expect(problems('<div onClick="steal()" style="color: red">x</div>')).toEqual([
      expect.stringContaining('has the tag <div>'),
      expect.stringContaining('has an event handler onClick= on <div>'),
    ]);
  });

  it.each([
    ['a spread of attributes', '<IndicatorChart {...props} />', /has \{…\} inside the <IndicatorChart> tag/],
    ['a chart with no id', '<IndicatorChart />', /<IndicatorChart> has no id — add id="…"/],
    ['a chart with an attribute it does not take', '<IndicatorChart id="a" colour="red" />', /has colour= on <IndicatorChart>, which it does not take/],
    ['a chart with an id but no value', '<IndicatorChart id />', /has id on <IndicatorChart> without a value/],
    ['a chart wrapping text', '<IndicatorChart id="a">Text</IndicatorChart>', /<IndicatorChart> has text or tags inside it/],
    ['a fragment', '<>text</>', /has the tag <>/],
    ['a javascript: address on a tag', '<a href=" javascript:alert(1)">x</a>', /has href= on <a>: " javascript:alert\(1\)" is not a link this site can publish: it is a javascript: address/],
    ['a protocol-relative address on a tag', '<a href="//evil.example">x</a>', /has href= on <a>: "\/\/evil\.example" is not a link .*: it starts with "\/\/"/],
    ['a data: address in any attribute', '<IndicatorChart id="data:text/html,x" />', /has id= on <IndicatorChart>: .* it is a data: address/],
    ['a javascript: link definition', '[x]\n\n[x]: JavaScript:alert(1)', /:7 {2}\(body\) {2}"JavaScript:alert\(1\)" is not a link this site can publish: it is a javascript: address/],
    ['a javascript: image', '![x](javascript:alert(1))', /is not an image address this site can publish: it is a javascript: address/],
    ['a javascript: link with a tab in it', '[x](<java\tscript:alert(1)>)', /"java\\tscript:alert\(1\)" is not a link this site can publish: it is a javascript: address/],
    ['a data: link', '[x](data:text/html,hi)', /it is a data: address/],
    ['a file: image', '![x](file:///etc/passwd)', /"file:\/\/\/etc\/passwd" is not an image address this site can publish: it is a file: address/],
    ['a link to another site written "//"', '[x](//evil.example)', /it starts with "\/\/"/],
    ['a link with a backslash', '[x](/\\evil.example)', /it has a backslash/],
    ['a relative link', '[x](../papers/)', /it is a relative link/],
    ['an MDX comment (still code)', '{/* note */}', /has \{…\}, which MDX runs as JavaScript/],
    ['an HTML comment', '<!-- note -->', /cannot be read: .* — close every tag/],
    ['a brace that does not close', 'Costs {rose', /cannot be read: MDX reads "\{" as the start of JavaScript/],
  ])('%s', (_name, body, expected) => expect(problems(body).join('\n')).toMatch(expected));

  it('never throws on a body it cannot parse, and gives the line of the problem', () => {
    expect(problems('Para.\n\n<IndicatorChart id="a">\n\nMore.\n')).toEqual([expect.stringMatching(/^content\/papers\/x\.mdx:7 {2}\(body\) {2}cannot be read: Expected a closing tag for <IndicatorChart>/)]);
  });
});
