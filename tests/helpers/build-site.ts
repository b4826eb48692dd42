// Runs `npm run build` (scripts/build.ts) into a new temporary folder, with its own Astro cache, so tests can
// build the site several ways without touching dist/ or each other.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TemporaryBuild {
  /** The built site. */
  dist: string;
  status: number | null;
  /** Everything the build printed. */
  output: string;
}

/**
 * The environment of the test process without what Vitest adds: Vite would read BASE_URL=/, DEV=1 and
 * MODE=test into import.meta.env of the site being built, and build a different site from `npm run build`.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** Build the project at the current directory with extra environment settings (BASE_PATH, CONTENT_DIR, …) and arguments for astro build. */
export function buildIntoTemporaryFolder(name: string, env: Record<string, string> = {}, args: string[] = []): TemporaryBuild {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), `pcc-${name}-`));
  const dist = path.join(parent, 'dist');
  const result = spawnSync('node', ['scripts/build.ts', ...args], {
    cwd: process.cwd(),
    env: { ...cleanEnvironment(), DIST_DIR: dist, ASTRO_CACHE_DIR: path.join(parent, 'cache'), ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { dist, status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file under a folder, as sorted relative paths with forward slashes. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The draft paper that contentWithDraft adds: it must never appear in a production build. */
export const testDraft = { id: '2099-01-01-quality-test-draft', title: 'Quality test draft that must never be published' };

/**
 * A copy of the real content/ in a temporary folder with one draft paper added (a copy of the first paper,
 * retitled, marked `status: draft`, with no agenda item). Returns the folder and the id of the paper copied.
 */
export function contentWithDraft(): { contentDir: string; finalId: string } {
  const contentDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-draft-content-')), 'content');
  fs.cpSync(path.resolve('content'), contentDir, { recursive: true });
  const papers = path.join(contentDir, 'papers');
  const model = fs.readdirSync(papers).filter((f) => f.endsWith('.md')).sort()[0]!;
  const draft = fs
    .readFileSync(path.join(papers, model), 'utf8')
    .replace(/^status: final$/m, 'status: draft')
    .replace(/^title: .*$/m, `title: ${testDraft.title}`)
    .replace(/^agendaItem: .*\n/m, '');
  if (!/^status: draft$/m.test(draft)) throw new Error(`${model} has no "status: final" line to change`);
  fs.writeFileSync(path.join(papers, `${testDraft.id}.md`), draft);
  return { contentDir, finalId: path.basename(model, '.md') };
}
