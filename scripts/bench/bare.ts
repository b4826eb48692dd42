// A bare Astro site for comparison: the same number of pages as ours, done the idiomatic way.
// One content collection with a glob loader over plain Markdown, one [id].astro route that renders
// each entry in a minimal HTML page. Same Astro version: it uses the project's node_modules.
import fs from 'node:fs';
import path from 'node:path';

const config = `import { defineConfig } from 'astro/config';
export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content' }) }),
};
`;

const route = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/**
 * Writes the bare site with `pages` Markdown files whose bodies are taken, in turn, from the
 * synthetic papers (charts removed), so both builds render the same amount of Markdown per page.
 */
export function writeBareSite(dir: string, root: string, pages: number, papersDir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'content'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-bare", "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), config);
  fs.writeFileSync(path.join(dir, 'src', 'content.config.ts'), contentConfig);
  fs.writeFileSync(path.join(dir, 'src', 'pages', '[id].astro'), route);
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const bodies = fs
    .readdirSync(papersDir)
    .sort()
    .map((file) => fs.readFileSync(path.join(papersDir, file), 'utf8').split(/^---$/m).slice(2).join('---').replace(/^<IndicatorChart[^>]*\/>$/gm, '').trim());
  for (let i = 0; i < pages; i += 1) {
    fs.writeFileSync(path.join(dir, 'content', `page-${i + 1}.md`), `---\ntitle: "Bare page ${i + 1}"\n---\n\n${bodies[i % bodies.length]}\n`);
  }
}
