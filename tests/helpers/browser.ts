// Debian's Chromium, driven by playwright-core. No browser is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
}

const axeSource = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 A and AA, as axe tags them. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's WCAG 2.2 A and AA violations on the page a tab has open, as "rule: first targets". axe goes in as an inline
 * script, which the site's Content-Security-Policy rightly blocks: open the page in a context with bypassCSP.
 */
export async function axeViolations(page: Page, tags: readonly string[] = axeTags): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (runTags) => {
    const result = await (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: runTags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, [...tags]);
}
