// The one rule for every address the site publishes: URL fields in YAML (the `link` schema) and links, images and
// definitions in Markdown and MDX bodies. A link may be an https:// or http:// address with a site name, a mailto:
// address, a page of this site starting with one "/", or an #anchor on the same page. Everything else is refused,
// read the way a browser reads it: browsers drop leading spaces and control characters and tabs and line breaks
// anywhere, treat "\" as "/", and send "//host" (and so "/\host") to another site.

/** What is wrong with an address, said for a report line. */
export interface LinkProblem {
  /** The whole sentence, naming the address: `"//evil.example" is not a link this site can publish: it starts with "//", …`. */
  message: string;
  /** Only what is wrong, for a field whose value the report already shows: `it starts with "//", …`. */
  reason: string;
  /** How to put it right. */
  fix: string;
}

/** Schemes that are never published, each with what it would do. */
const refusedSchemes: Readonly<Record<string, string>> = {
  javascript: 'a javascript: address, which runs code when a reader follows it',
  vbscript: 'a vbscript: address, which runs code when a reader follows it',
  data: 'a data: address, which carries a whole page or file inside the link and can run code',
  file: "a file: address, which points at a file on the reader's own computer",
};

const anyAddress = 'link to an https:// address or a page of this site starting with one /';
const fullAddress = 'write the full address starting https://, or a page of this site starting with one /';

/** The address as a report shows it: control characters made visible, long addresses shortened. */
export function showLink(url: string): string {
  const visible = url.replace(/[\u0000-\u001f\u007f]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}...` : visible;
}

/**
 * The scheme a browser would read (lower case, without the colon), or undefined for a path or a relative link.
 * Spaces and control characters are taken out first, so "java\tscript:" and " JAVASCRIPT:" both give "javascript".
 */
export function linkScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
}

/** True for an address this site never publishes whatever its context: javascript:, vbscript:, data: or file:. */
export function isRefusedScheme(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme !== undefined && Object.hasOwn(refusedSchemes, scheme);
}

function why(url: string): { reason: string; fix: string } | undefined {
  const scheme = linkScheme(url);
  // The scheme first, so that "java\tscript:" is named for what it does, not for its tab.
  if (scheme && Object.hasOwn(refusedSchemes, scheme)) {
    return { reason: `it is ${refusedSchemes[scheme]}`, fix: scheme === 'file' ? 'link to where the file is published, starting https://, or to a page of this site starting with one /' : `remove it, or ${anyAddress}` };
  }
  if (!url.trim()) return { reason: 'it is empty', fix: fullAddress };
  if (/[\u0000-\u001f\u007f]/.test(url)) {
    return { reason: 'it has a tab, line break or other invisible character in it, which browsers drop, so it may not lead where it seems to', fix: 'type the address again, on one line' };
  }
  if (/\s/.test(url)) return { reason: 'it has a space in it', fix: 'write each space in the address as %20, or remove the spaces' };
  if (url.includes('\\')) {
    const away = /^[/\\]{2}/.test(url) ? ', so it leads to whatever site follows' : '';
    return { reason: `it has a backslash (\\), which browsers read as "/"${away}`, fix: 'write / instead of \\: start with https:// for another site, or with one / for a page of this site' };
  }
  if (url.startsWith('//')) return { reason: 'it starts with "//", which leads to whatever site follows', fix: fullAddress };
  if (scheme === 'https' || scheme === 'http') {
    const rest = url.slice(scheme.length + 1);
    if (!rest.startsWith('//')) return { reason: `it has no "//" after ${scheme}:`, fix: `write it as ${scheme}://, then the site name` };
    const authority = /^\/\/([^/?#]*)/.exec(rest)![1]!;
    if (authority.includes('@')) {
      return { reason: 'it has a name and "@" before the site name, which hides the site it really leads to', fix: `remove everything from ${scheme}:// up to and including the @` };
    }
    if (!authority || authority.startsWith(':')) return { reason: `it has no site name after ${scheme}://`, fix: `write the full address, for example ${scheme}://www.gov.uk/…` };
    return undefined;
  }
  if (scheme === 'mailto') {
    return /^mailto:[^@]+@[^@]+$/i.test(url.split('?')[0]!) ? undefined : { reason: 'it has no email address after mailto:', fix: 'write it as mailto:name@example.gov.uk' };
  }
  if (scheme) {
    return { reason: `it starts with ${scheme}:, and this site links only to https://, http:// and mailto: addresses and its own pages`, fix: `${anyAddress}, or an email address with mailto:` };
  }
  if (url.startsWith('/')) return undefined;
  if (/^#./.test(url)) return undefined;
  if (url === '#') return { reason: 'it is "#" alone, which leads nowhere', fix: 'give the heading or section it leads to after the #, or remove the link' };
  return {
    reason: 'it is a relative link, which leads somewhere different depending on the page it is on',
    fix: "write the page's whole path on this site, starting with one / (for example /papers/), or the full address starting https://",
  };
}

/**
 * What is wrong with an address this site would publish, or undefined when it may be published: https:// and
 * http:// addresses with a site name, mailto: addresses, pages of this site starting with one "/", and #anchors.
 * `what` names the address in the message ("link", or "image" for an image's address).
 */
export function linkProblem(url: string, what: 'link' | 'image' = 'link'): LinkProblem | undefined {
  const found = why(url);
  if (!found) return undefined;
  const noun = what === 'image' ? 'an image address' : 'a link';
  return { message: `"${showLink(url)}" is not ${noun} this site can publish: ${found.reason}`, ...found };
}

/** The same problem as a schema message, for a field whose value the report already shows. */
export function linkIssue(url: string): string | undefined {
  const found = why(url);
  return found && `must be a link this site can publish, but ${found.reason}: ${found.fix}`;
}
