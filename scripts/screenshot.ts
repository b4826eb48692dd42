// npm run screenshot -- /papers/ [width] [--dark] [--print]: a full-page PNG of a built page, for looking at it.
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const [page = '/', width = '1280', ...flags] = process.argv.slice(2);
const server = await serveStatic(path.resolve(process.env.DIST_DIR ?? 'dist'));
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: flags.includes('--dark') ? 'dark' : 'light' });
const tab = await context.newPage();
if (flags.includes('--print')) await tab.emulateMedia({ media: 'print' });
await tab.goto(server.origin + page);
// Long pages are cut into slices of 1,600 px so each stays legible when viewed.
const height = await tab.evaluate(() => document.documentElement.scrollHeight);
const slice = 1600;
for (let top = 0, part = 1; top < height; top += slice, part += 1) {
  const out = path.resolve('.build-tmp', `screenshot-${page.replace(/\W+/g, '-')}-${width}${flags.includes('--dark') ? '-dark' : ''}${flags.includes('--print') ? '-print' : ''}-${part}.png`);
  await tab.screenshot({ path: out, fullPage: true, clip: { x: 0, y: top, width: Number(width), height: Math.min(slice, height - top) } });
  console.log(out);
}
await browser.close();
await server.close();
