import { describe, expect, it } from 'vitest';
import { isRefusedScheme, linkIssue, linkProblem, linkScheme, showLink } from '../../../src/lib/validation/link-rules.ts';

describe('linkProblem: addresses the site publishes', () => {
  it.each([
    'https://www.legislation.gov.uk/ukpga/2011/13/contents/enacted',
    'HTTPS://WWW.GOV.UK/',
    // Sources printed before their sites moved to https are cited as printed.
    'http://www.cambridgeshire-pcc.gov.uk/get-involved/',
    'https://example.gov.uk:8443/a?b=c#d',
    'mailto:office@example.gov.uk',
    'mailto:office@example.gov.uk?subject=Question',
    '/',
    '/papers/',
    '/papers/2018-05-10-a-paper/#recommendations',
    '/data/all-recorded-crime.csv',
    '#recommendations',
  ])('%j', (url) => expect(linkProblem(url)).toBeUndefined());
});

describe('linkProblem: addresses refused, with what is wrong and the fix', () => {
  it.each([
    // Another site without a scheme: "//" and every way of writing it with backslashes.
    ['//evil.example', /it starts with "\/\/", which leads to whatever site follows$/, /write the full address starting https:\/\/, or a page of this site starting with one \//],
    ['/\\evil.example', /it has a backslash \(\\\), which browsers read as "\/", so it leads to whatever site follows$/, /write \/ instead of \\/],
    ['\\\\evil.example', /backslash .* so it leads to whatever site follows$/, /write \/ instead of \\/],
    ['https:\\\\evil.example', /it has a backslash/, /write \/ instead of \\/],
    // Schemes that run code, carry a page or reach the reader's computer, however spaced, cased or broken up.
    ['javascript:alert(1)', /it is a javascript: address, which runs code when a reader follows it$/, /remove it, or link to an https:\/\/ address/],
    ['JAVASCRIPT:alert(1)', /it is a javascript: address/, /remove it/],
    ['java\tscript:alert(1)', /it is a javascript: address/, /remove it/],
    ['java\nscript:alert(1)', /it is a javascript: address/, /remove it/],
    ['\u0001 javascript:alert(1)', /it is a javascript: address/, /remove it/],
    ['vbscript:msgbox(1)', /it is a vbscript: address/, /remove it/],
    ['data:text/html,<script>alert(1)</script>', /it is a data: address, which carries a whole page or file inside the link and can run code$/, /remove it/],
    [' DATA:image/svg+xml;base64,PHN2Zz4=', /it is a data: address/, /remove it/],
    ['file:///etc/passwd', /it is a file: address, which points at a file on the reader's own computer$/, /link to where the file is published/],
    // Other schemes and broken web addresses.
    ['ftp://example.org/x', /it starts with ftp:, and this site links only to https:\/\/, http:\/\/ and mailto: addresses and its own pages$/, /or an email address with mailto:/],
    ['tel:01234567890', /it starts with tel:/, /mailto:/],
    ['https:evil.example', /it has no "\/\/" after https:$/, /write it as https:\/\/, then the site name/],
    ['https:///papers/', /it has no site name after https:\/\/$/, /for example https:\/\/www\.gov\.uk/],
    ['https://www.gov.uk@evil.example/', /it has a name and "@" before the site name, which hides the site it really leads to$/, /remove everything from https:\/\/ up to and including the @/],
    ['mailto:', /it has no email address after mailto:$/, /mailto:name@example\.gov\.uk/],
    ['mailto:office', /it has no email address after mailto:$/, /mailto:name@/],
    // Relative links lead to different places on different pages (and under a base path).
    ['../x.html', /it is a relative link, which leads somewhere different depending on the page it is on$/, /starting with one \/ \(for example \/papers\/\)/],
    ['x.html', /it is a relative link/, /starting with one \//],
    ['www.example.org', /it is a relative link/, /the full address starting https:\/\//],
    ['?page=2', /it is a relative link/, /starting with one \//],
    // Spaces, invisible characters and nothing at all.
    ['https://example.gov.uk/a report.pdf', /it has a space in it$/, /write each space in the address as %20/],
    [' /papers/', /it has a space in it$/, /%20/],
    ['https://example.gov.uk/\u0000x', /it has a tab, line break or other invisible character in it/, /type the address again, on one line/],
    ['/pa\tpers/', /invisible character/, /on one line/],
    ['', /it is empty$/, /write the full address/],
    ['#', /it is "#" alone, which leads nowhere$/, /give the heading or section/],
  ])('%j', (url, reason, fix) => {
    const problem = linkProblem(url);
    expect(problem?.reason).toMatch(reason);
    expect(problem?.fix).toMatch(fix);
    expect(problem?.message).toBe(`"${showLink(url)}" is not a link this site can publish: ${problem?.reason}`);
  });

  it('names the whole problem in one sentence, as the brief for bodies asks', () => {
    expect(linkProblem('//evil.example')).toEqual({
      message: '"//evil.example" is not a link this site can publish: it starts with "//", which leads to whatever site follows',
      reason: 'it starts with "//", which leads to whatever site follows',
      fix: 'write the full address starting https://, or a page of this site starting with one /',
    });
  });

  it('calls an image address an image address', () => {
    expect(linkProblem('file:///etc/passwd', 'image')?.message).toMatch(/^"file:\/\/\/etc\/passwd" is not an image address this site can publish: /);
  });
});

describe('linkIssue: the same rule as a schema message', () => {
  it.each([
    ['//evil.example', 'must be a link this site can publish, but it starts with "//", which leads to whatever site follows: write the full address starting https://, or a page of this site starting with one /'],
    ['https://www.gov.uk/', undefined],
  ])('%j', (url, expected) => expect(linkIssue(url)).toBe(expected));
});

describe('showLink, linkScheme and isRefusedScheme', () => {
  it.each([
    ['java\tscript:x', 'java\\tscript:x'],
    ['a\u0000b', 'a\\u0000b'],
    ['https://example.gov.uk/' + 'x'.repeat(100), `https://example.gov.uk/${'x'.repeat(54)}...`],
  ])('shows %j as %j', (url, shown) => expect(showLink(url)).toBe(shown));

  it.each([
    ['  JavaScript:x', 'javascript', true],
    ['j\ta\nv\ra script:x', 'javascript', true],
    ['data:,x', 'data', true],
    ['FILE:///c:/x', 'file', true],
    ['https://www.gov.uk/', 'https', false],
    ['mailto:a@b.org', 'mailto', false],
    ['/papers/', undefined, false],
    ['%6Aavascript:x', undefined, false],
    ['https://example.com/javascript:', 'https', false],
  ])('%j has the scheme %j (refused: %s)', (url, scheme, refused) => {
    expect(linkScheme(url)).toBe(scheme);
    expect(isRefusedScheme(url)).toBe(refused);
  });
});
