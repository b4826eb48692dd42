// A private copy of the site's code to build from. Astro keeps build files in <root>/.astro/ (the
// prerender bundle, the list of content modules) whatever the cache directory, so two builds in one
// folder at the same time overwrite each other's. Building from a copy keeps the benchmark and other
// developers' builds apart, and keeps the code the same for every size while others edit the project.
import fs from 'node:fs';
import path from 'node:path';

/** Top-level entries that are not the site's code, or that the benchmark supplies itself. */
const leftOut = new Set(['node_modules', 'dist', '.bench', '.build-tmp', '.astro', '.git', 'content', 'data', 'tests', 'docs', 'test-results', '.github', '.ci']);

export function snapshotSite(root: string, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    if (leftOut.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}
