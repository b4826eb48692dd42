// Paper, meeting and inspection texts (.md) are rendered when their page is built, not when Astro loads the
// collections: the content layer would otherwise keep every text's HTML in its data store, which Astro bundles
// into the build as one JavaScript module (130 MB and about 1 GB of memory at 10,000 papers).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownProcessor } from './markdown-processor.ts';

type Renderer = Awaited<ReturnType<typeof markdownProcessor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/** The body of a Markdown file: everything after its frontmatter (the lines between the first two "---"). */
export function bodyOf(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** The HTML of a Markdown text file (a path relative to the project root, as the content layer stores it). */
export async function renderText(filePath: string): Promise<string> {
  const absolute = path.resolve(filePath);
  // Syntax highlighting is off for the site (astro.config.mjs); the renderer is made once per build.
  renderer ??= markdownProcessor.createRenderer({ syntaxHighlight: false });
  const { code } = await (await renderer).render(bodyOf(fs.readFileSync(absolute, 'utf8')), { fileURL: pathToFileURL(absolute) });
  return code;
}
