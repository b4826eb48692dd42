// A hast plugin for Astro's Markdown processor (Sätteri): the first use of each glossary term in a paper,
// meeting or inspection becomes a link to its definition, with the expansion in <abbr title>.
// Text inside headings, links, existing <abbr> and code is left alone.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { contentPaths } from '../sources/content-paths.ts';
import { compileMatchers, markFirstUses, type Segment, type TermMatcher } from './glossary.ts';
import { glossaryFileName, readGlossary } from './glossary-data.ts';
import type { HastNode } from './hast-node.ts';
import { paths, withBase } from '../build/urls.ts';

/** The parts of Sätteri's visitor context this plugin uses. */
interface VisitorContext {
  parent(node: Readonly<HastNode>): Readonly<HastNode> | undefined;
  indexOf(node: Readonly<HastNode>): number | undefined;
  replaceNode(node: Readonly<HastNode>, replacement: HastNode[]): void;
}

/** Elements whose text is never marked: headings, links, abbreviations already marked by hand, code. */
export const skippedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'dfn', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'title', 'button', 'svg']);

const rawTag = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi;

/**
 * For each child, whether raw HTML among the children before it leaves one of the skipped elements open.
 * HTML written inline in Markdown (`<abbr title="...">ASB</abbr>`) reaches the plugin as raw siblings, not
 * as a parent element. Empty when there is no raw child, as for most parents.
 */
export function openedByRawChildren(children: readonly Readonly<HastNode>[]): readonly boolean[] {
  if (!children.some((child) => child.type === 'raw')) return [];
  const open = new Map<string, number>();
  let anyOpen = false;
  return children.map((child) => {
    const before = anyOpen;
    if (child.type === 'raw' && child.value) {
      for (const [, closing, tag, selfClosing] of child.value.matchAll(rawTag)) {
        const name = tag!.toLowerCase();
        if (!skippedTags.has(name) || selfClosing) continue;
        open.set(name, Math.max(0, (open.get(name) ?? 0) + (closing ? -1 : 1)));
      }
      anyOpen = [...open.values()].some((count) => count > 0);
    }
    return before;
  });
}

/** True when the element itself is one whose text must not be marked. */
function isSkippedElement(node: Readonly<HastNode>): boolean {
  if (node.type === 'element' && node.tagName && skippedTags.has(node.tagName)) return true;
  // MDX components (<Table>, say) are not HTML elements: their name is what counts.
  const name = (node as { name?: unknown }).name;
  return typeof name === 'string' && skippedTags.has(name.toLowerCase());
}

/**
 * What insideSkippedElement learns about each parent, kept for the other text nodes of the same document, so
 * each parent's children are read once. Sätteri hands out the same object for a parent throughout a pass; a
 * new object would only be a cache miss.
 */
export interface SkippedElementCache {
  /** Whether the parent's text is not to be marked: it, an ancestor, or raw HTML before one of them is a skipped element. */
  skipped: WeakMap<object, boolean>;
  /** openedByRawChildren of the parent's children. */
  openedByRaw: WeakMap<object, readonly boolean[]>;
}

export const newSkippedElementCache = (): SkippedElementCache => ({ skipped: new WeakMap(), openedByRaw: new WeakMap() });

/** True when the node sits inside an element whose text must not be marked. */
export function insideSkippedElement(node: Readonly<HastNode>, ctx: VisitorContext, cache: SkippedElementCache = newSkippedElementCache()): boolean {
  const parent = ctx.parent(node);
  if (!parent) return false;
  let opened = cache.openedByRaw.get(parent);
  if (!opened) cache.openedByRaw.set(parent, (opened = openedByRawChildren(parent.children ?? [])));
  if (opened.length > 0) {
    const index = ctx.indexOf(node);
    if (index !== undefined && opened[index]) return true;
  }
  let skipped = cache.skipped.get(parent);
  if (skipped === undefined) cache.skipped.set(parent, (skipped = isSkippedElement(parent) || insideSkippedElement(parent, ctx, cache)));
  return skipped;
}

/** The hast for one segment: plain text, or a link to the definition around an <abbr> (when the term has an expansion), named for what it links to. */
export function segmentToHast(segment: Segment<GlossaryEntry>, href: (id: string) => string): HastNode {
  if (!segment.entry) return { type: 'text', value: segment.text };
  const label: HastNode = { type: 'text', value: segment.text };
  const inner = segment.entry.expansion ? { type: 'element', tagName: 'abbr', properties: { title: segment.entry.expansion }, children: [label] } : label;
  // A bare acronym is unclear link text: the accessible name starts with the visible words (so speech control still
  // finds the link) and says where it goes and what the term stands for.
  const name = `${segment.text} (glossary: ${segment.entry.expansion ?? 'what the term means'})`;
  return { type: 'element', tagName: 'a', properties: { href: href(segment.entry.id), className: ['glossary-link'], ariaLabel: name }, children: [inner] };
}

export interface GlossaryPluginOptions {
  /** The glossary, or a function that reads it for each document (so a dev server sees edits). */
  entries: readonly GlossaryEntry[] | (() => readonly GlossaryEntry[]);
  /** Link to a term's definition, with the deployment base path. */
  href: (id: string) => string;
  /** Which documents to mark, by file URL; all of them when left out. */
  include?: (fileURL: URL | undefined) => boolean;
}

// Compiling the matchers costs more than marking most documents: once for each glossary, that is, for each list
// of entries (currentGlossary gives the same list until the file changes).
const compiledMatchers = new WeakMap<readonly GlossaryEntry[], TermMatcher<GlossaryEntry>[]>();
function matchersOf(entries: readonly GlossaryEntry[]): TermMatcher<GlossaryEntry>[] {
  let matchers = compiledMatchers.get(entries);
  if (!matchers) compiledMatchers.set(entries, (matchers = compileMatchers(entries)));
  return matchers;
}

/** A plugin factory: Sätteri calls it once per document, so each document has its own record of terms already used. */
export function createGlossaryHastPlugin(options: GlossaryPluginOptions) {
  return (context: { fileURL: URL | undefined }) => {
    if (options.include && !options.include(context.fileURL)) return null;
    const entries = typeof options.entries === 'function' ? options.entries() : options.entries;
    if (entries.length === 0) return null;
    const matchers = matchersOf(entries);
    const seen = new Set<string>();
    const skippedElements = newSkippedElementCache();
    return {
      name: 'pcc-glossary-terms',
      text(node: Readonly<HastNode>, ctx: VisitorContext) {
        // Most text holds no term not yet used, so look for one before the dearer look up the tree.
        const segments = markFirstUses(node.value ?? '', matchers, seen);
        if (!segments.some((segment) => segment.entry)) return;
        if (insideSkippedElement(node, ctx, skippedElements)) {
          // Not a use after all: forget the terms just marked (none was in `seen` before).
          for (const segment of segments) if (segment.entry) seen.delete(segment.entry.id);
          return;
        }
        ctx.replaceNode(node, segments.map((segment) => segmentToHast(segment, options.href)));
      },
    };
  };
}

// The glossary is read again only when its file changes, so a build reads it once.
let cache: { file: string; mtime: number; entries: GlossaryEntry[] } | undefined;
function currentGlossary(): GlossaryEntry[] {
  const { root, dataDir } = contentPaths();
  const file = path.join(dataDir, glossaryFileName);
  const mtime = fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1;
  if (!cache || cache.file !== file || cache.mtime !== mtime) cache = { file, mtime, entries: readGlossary(root, dataDir).entries };
  return cache.entries;
}

/** The site's glossary, compiled for markFirstUses: again only when the glossary changes. */
export const glossaryMatchers = (): TermMatcher<GlossaryEntry>[] => matchersOf(currentGlossary());

/** Papers, meetings and inspections are marked; other Markdown (none yet) is not. */
export function isMarkedContent(fileURL: URL | undefined): boolean {
  if (!fileURL) return false;
  const { contentDir } = contentPaths();
  const relative = path.relative(contentDir, fileURLToPath(fileURL));
  return /^(papers|meetings|inspections)[\\/]/.test(relative);
}

/**
 * Astro's `base` (astro.config.mjs, BASE_PATH or `astro build --base`), for the plugin, which Astro runs outside
 * the bundle it builds: the integration sets it from the resolved configuration (validation-integration.ts).
 * Code inside the bundle reads import.meta.env.BASE_URL, the same value.
 */
let configuredBase = '/';
export function setGlossaryBase(base: string): void {
  configuredBase = base;
}

/** Link to a term's definition, under a base path. */
export const glossaryLink = (base: string) => (id: string): string => withBase(base, paths.glossaryTerm(id));
/** Link to a term's definition, under the configured base path. */
export const glossaryHref = (id: string): string => glossaryLink(configuredBase)(id);

/** The plugin as configured for this site: astro.config.mjs adds it to the Sätteri hast plugins (for MDX). */
export const glossaryHastPlugin = createGlossaryHastPlugin({
  entries: currentGlossary,
  href: glossaryHref,
  include: isMarkedContent,
});
