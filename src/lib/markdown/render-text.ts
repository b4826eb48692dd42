// Paper, meeting and inspection texts (.md) are rendered when their page is built, not when Astro loads the
// collections: the content layer would otherwise keep every text's HTML in its data store, which Astro bundles
// into the build as one JavaScript module (130 MB and about 1 GB of memory at 10,000 papers).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markGlossary, markTables } from './content-html.ts';
import { glossaryLink, glossaryMatchers, isMarkedContent } from './glossary-plugin.ts';
import { plainMarkdownSettings } from './markdown-processor.ts';
import { formatProblem } from '../validation/problems.ts';
import { splitFrontmatter } from '../sources/source-file.ts';
import { readSourceText } from '../sources/source-files.ts';

type Renderer = Awaited<ReturnType<typeof plainMarkdownSettings.processor.createRenderer>>;
let renderer: Promise<Renderer> | undefined;

/**
 * The text below a file's front matter, read through the same gate and split by the same splitter as the check:
 * a file the check would refuse is never rendered.
 */
function textBody(filePath: string): string {
  const read = readSourceText(process.cwd(), path.resolve(filePath));
  if (read.text === undefined) throw new Error(read.problems.map(formatProblem).join('\n'));
  const split = splitFrontmatter(read.text);
  if ('problem' in split) throw new Error(`${filePath}: its front matter cannot be read (${split.problem}); run npm run check`);
  return split.rest;
}

/** The HTML of a Markdown text file (a path relative to the project root, as the content layer stores it). */
export async function renderText(filePath: string): Promise<string> {
  const fileURL = pathToFileURL(path.resolve(filePath));
  // Made once per build. Sätteri renders without the project's hast plugins; their marks are made on the HTML.
  renderer ??= plainMarkdownSettings.processor.createRenderer({ syntaxHighlight: plainMarkdownSettings.syntaxHighlight });
  const { code } = await (await renderer).render(textBody(filePath), { fileURL });
  const html = markTables(code);
  return isMarkedContent(fileURL) ? markGlossary(html, glossaryMatchers(), glossaryLink(import.meta.env.BASE_URL)) : html;
}

/** Whether a Markdown or MDX text file has anything below its front matter. */
export function hasBody(filePath: string | undefined): boolean {
  return filePath !== undefined && textBody(filePath).trim() !== '';
}
