// Astro loaders for the site's collections, built on the same gate as the check: the files are listed by
// listSourceFiles (through namedFiles), read by readSourceText and split and parsed by source-file.ts. Astro's
// own glob() and file() loaders list with a glob that follows symbolic links and read front matter with another
// parser, so a file could be published that the check never saw, or read two different ways.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { namedFiles } from './named-files.ts';
import { ContentProblemsError, type Problem } from '../validation/problems.ts';
import { readSourceFile, type SourceFile } from './source-file.ts';

/** Stops the build on a file the gate refuses. The check has already refused it; this is the second lock. */
function refuse(problems: readonly Problem[]): never {
  throw new ContentProblemsError(problems);
}

/** Whether anything, even a dangling link (which the gate then refuses), is at a path. */
const present = (absolute: string) => {
  try {
    fs.lstatSync(absolute);
    return true;
  } catch {
    return false;
  }
};

const posix = (file: string) => file.split(path.sep).join('/');

/** Reloads the collection in `astro dev` when a file below the folder changes, is added or is removed. */
function watch(context: LoaderContext, target: string, sync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(target);
  const reload = (changed: string) => {
    if (changed !== target && !changed.startsWith(`${target}${path.sep}`)) return;
    sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, reload);
}

/**
 * One entry per file of a folder (recursively), named after the file. Markdown and YAML entries keep only their
 * fields: the pages render a Markdown text from its file (render-text.ts). An MDX entry is rendered by Astro's
 * MDX integration as a module (deferredRender).
 */
export function folderLoader(dir: string, extensions: readonly string[]): Loader {
  return {
    name: 'pcc-folder-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const problems: Problem[] = [];
        const files = namedFiles(root, dir, { extension: extensions, invalidIdFix: 'run npm run check' }, problems);
        const read = files.map(({ absolute, file, id }) => ({ id, file, ...readSourceFile(root, absolute, file, id) }));
        problems.push(...read.flatMap((entry) => entry.problems));
        if (problems.length) refuse(problems);
        const untouched = new Set(context.store.keys());
        for (const { id, file, source } of read as { id: string; file: string; source: SourceFile }[]) {
          untouched.delete(id);
          const filePath = posix(path.relative(root, path.resolve(root, file)));
          const data = await context.parseData({ id, data: (source.data ?? {}) as Record<string, unknown>, filePath: path.resolve(root, file) });
          context.store.set({ id, data, filePath, digest: context.generateDigest({ data, body: source.body ?? '' }), ...(file.endsWith('.mdx') ? { deferredRender: true } : {}) });
        }
        for (const id of untouched) context.store.delete(id);
      };
      await sync();
      watch(context, dir, sync);
    },
  };
}

/** One entry per item of a YAML list file, named by the item's id (the plan's themes). */
export function listFileLoader(absolute: string): Loader {
  return {
    name: 'pcc-list-file-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const sync = async () => {
        const file = path.relative(root, absolute);
        context.store.clear();
        if (!present(absolute)) return; // no plan yet: an empty collection
        const { source, problems } = readSourceFile(root, absolute, file, path.basename(absolute, path.extname(absolute)));
        if (!source || problems.length) refuse(problems);
        const items = Array.isArray(source.data) ? (source.data as Record<string, unknown>[]) : [];
        for (const item of items) {
          const id = String(item?.id ?? '');
          if (!id) refuse([{ file, field: 'id', message: 'is missing from an item', fix: 'run npm run check' }]);
          const data = await context.parseData({ id, data: item, filePath: absolute });
          context.store.set({ id, data, filePath: posix(file), digest: context.generateDigest(data) });
        }
      };
      await sync();
      watch(context, absolute, sync);
    },
  };
}
