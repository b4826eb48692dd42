import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../src/lib/exports/json-in-html.ts';

const payload = '</script><meta http-equiv=refresh content="0;url=https://evil.example/">';

describe('jsonForScript', () => {
  it('escapes the exact </script> payload so the element cannot be closed early', () => {
    const json = jsonForScript({ name: payload });
    expect(json).toBe('{"name":"\\u003c/script\\u003e\\u003cmeta http-equiv=refresh content=\\"0;url=https://evil.example/\\"\\u003e"}');
    expect(json).not.toMatch(/[<>&]/);
  });

  it.each([
    ['<!-- and <script', '"\\u003c!-- and \\u003cscript"'],
    ['a & b', '"a \\u0026 b"'],
    ['line\u2028para\u2029', '"line\\u2028para\\u2029"'],
    ['plain “quotes”', '"plain “quotes”"'],
  ])('writes %j as %s', (text, expected) => expect(jsonForScript(text)).toBe(expected));

  it('reads back as the same value', () => {
    const value = { name: payload, list: ['<&>', '\u2028'], n: -3.5, ok: true };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });

  it('stays inside its <script> element when parsed as HTML', () => {
    const html = `<head><script type="application/ld+json">${jsonForScript({ name: payload })}</script></head>`;
    const root = parse(html);
    expect(root.querySelectorAll('meta')).toHaveLength(0);
    expect(JSON.parse(root.querySelector('script')!.text)).toEqual({ name: payload });
  });

  it('refuses a value with no JSON form', () => expect(() => jsonForScript(undefined)).toThrow(TypeError));
});
