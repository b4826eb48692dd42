import type { APIContext } from 'astro';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { siteFeed } from '../../../src/feeds.ts';
import { feedDescription, xmlText } from '../../../src/lib/exports/feed-text.ts';
import { settings } from '../../../src/settings.ts';

// XML 1.0's Char production, as the complement a feed must never contain.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const xmlDecode = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
/** What a feed reader shows for a description: the XML text, read as HTML. */
const shownAsHtml = (xml: string) => parse(xmlDecode(xml)).text;

describe('xmlText', () => {
  it.each([
    ['backspace', 'a\u0008b', 'ab'],
    ['escape', 'a\u001Bb', 'ab'],
    ['NUL', 'a\u0000b', 'ab'],
    ['U+FFFE and U+FFFF', 'a\uFFFE\uFFFFb', 'ab'],
    ['a lone surrogate', 'a\uD800b', 'ab'],
  ])('drops %s', (_label, text, expected) => expect(xmlText(text)).toBe(expected));

  it('keeps tab, line ends, the rest of Unicode and astral characters', () => {
    const text = 'a\tb\nc\rd – “é” \uE000 \uFFFD 😀';
    expect(xmlText(text)).toBe(text);
  });
});

describe('feedDescription', () => {
  it.each(['<script>alert(1)</script>', 'Fish &amp; chips', '<b>bold</b> & <i>', '1 < 2 > 0'])('is HTML that shows %j as it is', (text) => {
    const html = feedDescription(text);
    expect(html).not.toMatch(/[<>]/);
    expect(parse(html).text).toBe(text);
  });
  it('drops characters XML forbids', () => expect(feedDescription('a\u0008<b')).toBe('a&lt;b'));
});

describe('siteFeed', () => {
  const entries = [{ title: 'Fish &amp; <script>x</script>\u0008 chips\uFFFE', description: 'Board: <script>alert(1)</script> &amp; more\u001B', themes: ['a\u0008b'] }];
  const feedText = async () => {
    const response = await siteFeed({ site: new URL('https://example.org/') } as APIContext, {
      title: 'test\u0008',
      description: 'A feed & <more>',
      entries,
      item: (e) => ({ title: e.title, link: '/papers/x/', pubDate: new Date('2018-05-10T00:00:00Z'), description: e.description, categories: e.themes }),
    });
    return response.text();
  };

  it('writes only characters XML 1.0 allows, and no markup inside any text', async () => {
    const xml = await feedText();
    expect(xml).not.toMatch(notXmlChar);
    expect(xml).not.toContain('<script');
    for (const [, text] of xml.matchAll(/<(?:title|description|category)>([^]*?)<\/(?:title|description|category)>/g)) expect(text).not.toMatch(/[<>]/);
    for (const [entity] of xml.matchAll(/&[^;\s]*;?/g)) expect(entity).toMatch(/^&(lt|gt|quot|apos|amp);$/);
  });

  it('gives the title as plain text, escaped once, and the description as HTML that shows the literal text', async () => {
    const xml = await feedText();
    const item = xml.slice(xml.indexOf('<item>'));
    const title = item.match(/<title>([^]*?)<\/title>/)![1]!;
    const description = item.match(/<description>([^]*?)<\/description>/)![1]!;
    expect(xmlDecode(title)).toBe('Fish &amp; <script>x</script> chips');
    expect(description).toBe('Board: &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp;amp; more');
    expect(shownAsHtml(description)).toBe('Board: <script>alert(1)</script> &amp; more');
    expect(item).toContain('<category>ab</category>');
    expect(xml).toContain(`<title>${settings.name}: test</title>`);
  });
});
