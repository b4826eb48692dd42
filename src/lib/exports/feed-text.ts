// Text for the RSS feeds. The XML writer (@astrojs/rss, through fast-xml-builder) escapes & < > ' " once in every
// text, but it passes on characters that XML 1.0 does not allow at all, and feed readers take an item's description
// for HTML, so plain text there must be escaped for HTML first.

// Everything outside XML 1.0's Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids (C0 controls other than tab and line ends, U+FFFE, U+FFFF, lone surrogates). */
export function xmlText(text: string): string {
  return text.replace(notXmlChar, '');
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Plain text as the HTML of an RSS description, so that a reader shows "<script>" or "&amp;" as those characters. */
export function feedDescription(text: string): string {
  return xmlText(text).replace(/[&<>]/g, (c) => htmlEscapes[c]!);
}
