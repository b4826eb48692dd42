// The hostile-content suite: content an attacker with commit access (or a careless editor) could write, each case
// run through `npm run check` and `npm run build` on a small fixture site. A case is either refused (both
// commands exit non-zero, name the file, and leave dist/ as it was) or built into safe output, which the case
// inspects. Cases live in tests/hostile/*.cases.ts; tests/unit/hostile.test.ts runs them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanEnvironment } from './build-site.ts';
import { makeSite } from './content-fixture.ts';

/** The site a safe case was built into, for its assertions. */
export interface BuiltFixture {
  dist: string;
  /** A built file's text (a path under dist/, for example "papers/x/index.html" or "data/x.csv"); throws if it is absent. */
  read(file: string): string;
  /** Every built file, as sorted relative paths. */
  files(): string[];
  /** Everything the build printed. */
  output: string;
}

export interface HostileCase {
  /** What the attacker tries, in a few words: the test's name. */
  name: string;
  /**
   * Files of the fixture site, added to (or replacing) the valid ones of tests/helpers/content-fixture.ts: keys are
   * paths under content/ ("papers/x.md") or under data/ ("data/indicators/x.yaml"); null deletes a valid file.
   * A Buffer is written as it is (for non-UTF-8 text, a BOM, CRLF). "{{root}}" in a text becomes the fixture's root folder.
   */
  files?: Record<string, string | Buffer | null>;
  /** Symbolic links to make: the link's path (as in `files`) and its target, absolute or relative to the link. */
  links?: Record<string, string>;
  /** Files to write beside the site (paths relative to the fixture's root folder), for example a link's target. "{{root}}" in them becomes the fixture's root folder. */
  outside?: Record<string, string>;
  /** The verdict: refused, naming this file (as the check prints it, relative to the project) with this message. */
  refused?: { file: string | RegExp; message: string | RegExp };
  /** Or built: the case's own assertions on the built site. Cases that are built share one build per file of cases. */
  safe?: (site: BuiltFixture) => void;
  /** A file (relative to the fixture root) that must not exist after check and build: a payload's marker. */
  marker?: string;
}

export interface Fixture {
  root: string;
  contentDir: string;
  dataDir: string;
  env: Record<string, string>;
}

/** Writes one fixture site with the files, links and outside files of the given cases. */
export function makeHostileSite(cases: readonly HostileCase[]): Fixture {
  const text: Record<string, string | null> = {};
  const buffers: Record<string, Buffer> = {};
  for (const hostile of cases) {
    for (const [file, content] of Object.entries(hostile.files ?? {})) {
      if (Buffer.isBuffer(content)) buffers[file] = content;
      else text[file] = content;
    }
  }
  // The transparency page needs its index (until a site can start empty): the project's own is used.
  const { root, contentDir, dataDir } = makeSite({ 'data/transparency-requirements.yaml': fs.readFileSync('data/transparency-requirements.yaml', 'utf8'), ...text });
  const where = (file: string) => (file.startsWith('data/') ? path.join(dataDir, file.slice('data/'.length)) : path.join(contentDir, file));
  for (const [file, content] of Object.entries(text)) {
    if (content?.includes('{{root}}')) fs.writeFileSync(where(file), content.replaceAll('{{root}}', root));
  }
  for (const [file, content] of Object.entries(buffers)) {
    fs.mkdirSync(path.dirname(where(file)), { recursive: true });
    fs.writeFileSync(where(file), content);
  }
  for (const hostile of cases) {
    for (const [file, content] of Object.entries(hostile.outside ?? {})) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content.replaceAll('{{root}}', root));
    }
    for (const [link, target] of Object.entries(hostile.links ?? {})) {
      fs.mkdirSync(path.dirname(where(link)), { recursive: true });
      fs.symlinkSync(target, where(link));
    }
  }
  return { root, contentDir, dataDir, env: { CONTENT_DIR: contentDir, DATA_DIR: dataDir } };
}

export interface CommandResult {
  status: number | null;
  output: string;
}

/** Runs a project command on a fixture, with the environment npm run gives it. */
export function runOn(fixture: Fixture, script: 'check' | 'build', env: Record<string, string> = {}): CommandResult {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`], {
    cwd: process.cwd(),
    env: { ...cleanEnvironment(), ...fixture.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A dist/ folder holding a previous site, so that a refusal can be seen to leave it as it was. */
export function previousSite(fixture: Fixture): string {
  const dist = path.join(fixture.root, 'dist');
  fs.mkdirSync(dist, { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), 'previous site');
  return dist;
}

/** Builds a fixture into a new folder with its own Astro cache. */
export function buildFixture(fixture: Fixture): BuiltFixture {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-hostile-build-'));
  const dist = path.join(parent, 'dist');
  const { status, output } = runOn(fixture, 'build', { DIST_DIR: dist, ASTRO_CACHE_DIR: path.join(parent, 'cache') });
  if (status !== 0) throw new Error(`the fixture did not build (exit ${status}):\n${output}`);
  const files = () =>
    fs
      .readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort();
  const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
  return { dist, read, files, output };
}
