// JSON written inside an HTML <script> element (JSON-LD): the HTML parser ends the element at the first
// "</script", whatever the JSON means, so the characters that could close it or open a comment are escaped.

const unsafe: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON text for a `<script type="application/ld+json">` body (use with `set:html`): `<`, `>` and `&` as `\u` escapes,
 * which JSON reads back as the same characters, and U+2028/U+2029, which older JavaScript parsers take for line ends.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => unsafe[c]!);
}
