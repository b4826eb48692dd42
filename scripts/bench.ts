// npm run bench: build a synthetic archive at several sizes and print how fast the build is and how
// heavy the pages are, next to a bare Astro site of the same page count. A script that prints
// figures, not a test. Options: --papers 1000,10000  --indicators 500  --runs 1  --keep
// (--skip-bare and --skip-browser leave out the comparison and the browser measurements).
// Everything it writes is under .bench/ (git-ignored); content/ and data/ are never touched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatReport } from '../src/lib/validation/problems.ts';
import { validateSite } from '../src/lib/validation/validate-site.ts';
import { writeArchive, type Archive } from './bench/archive.ts';
import { writeBareSite } from './bench/bare.ts';
import { SiteBrowser, type ScriptBytes, type SearchBytes } from './bench/browser.ts';
import { distStats, measure, timeByRoute, type DistStats, type RunResult } from './bench/measure.ts';
import { parseOptions } from './bench/options.ts';
import { bytes, line, median, seconds, targets } from './bench/report.ts';
import { snapshotSite } from './bench/snapshot.ts';
import { timeSpendImport } from './bench/spend-import.ts';

const root = process.cwd();
const benchDir = path.join(root, '.bench');
/** The copy of the site's code that is built (see scripts/bench/snapshot.ts). */
const siteDir = path.join(benchDir, 'site');
const options = parseOptions(process.argv.slice(2));
const charts = fs.readFileSync(path.join(root, 'src/components/mdx/components.ts'), 'utf8').includes('IndicatorChart');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  TZ: 'Europe/London',
  ASTRO_TELEMETRY_DISABLED: '1',
};
// Measure the site as deployed at the root of a host.
delete env.BASE_PATH;
delete env.SITE_URL;

interface SizeResult {
  papers: number;
  indicators: number;
  pages: number;
  buildSeconds: number;
  /** CPU seconds (user + system) of the build's process tree, Pagefind included when the build runs it. */
  cpuSeconds?: number;
  astroSeconds?: number;
  pagefind: { seconds: number; how: string } | string;
  totalSeconds: number;
  peakBytes: number;
  /** Peaks of the two halves of the build: Astro (with the build script) and Pagefind. */
  peakParts: { astro: number; pagefind: number };
  checkSeconds: number;
  /** The machine's load average (1 minute) before and after the build: other work on it slows every figure. */
  load: [number, number];
  dist: DistStats;
  js: Record<'paper' | 'chartPaper' | 'chart' | 'dashboard', { url: string; bytes: ScriptBytes } | string>;
  search: SearchBytes | string;
  bare?: { pages: number; seconds: number; peakBytes: number; cpuSeconds?: number };
}

/**
 * Runs a build `options.runs` times, printing each run's time and memory after `title`; stops the benchmark
 * with the end of the build's output if a run fails. `before` runs ahead of each run (to empty a cache).
 */
async function measureRuns(title: string, before: () => void, run: (index: number) => Promise<RunResult>): Promise<RunResult[]> {
  const runs: RunResult[] = [];
  for (let index = 1; index <= options.runs; index += 1) {
    before();
    process.stdout.write(`  ${title} (run ${index} of ${options.runs}) ... `);
    const result = await run(index);
    if (result.status !== 0) {
      console.log('failed');
      console.error(result.output.split('\n').slice(-40).join('\n'));
      process.exit(1);
    }
    console.log(`${seconds(result.seconds)}, ${bytes(result.peakBytes)} peak`);
    runs.push(result);
  }
  return runs;
}

async function buildOurs(archive: Archive, label: string): Promise<{ runs: RunResult[]; dist: string }> {
  const dist = path.join(benchDir, `dist-${label}`);
  const cache = path.join(benchDir, `cache-${label}`);
  const emptyCache = () => fs.rmSync(cache, { recursive: true, force: true });
  const runs = await measureRuns('building the site', emptyCache, (run) =>
    measure(process.execPath, ['scripts/build.ts'], {
      cwd: siteDir,
      env: { ...env, CONTENT_DIR: archive.contentDir, DATA_DIR: archive.dataDir, DIST_DIR: dist, ASTRO_CACHE_DIR: cache },
      log: path.join(benchDir, 'logs', `build-${label}-run${run}.log`),
    }),
  );
  emptyCache();
  return { runs, dist };
}

async function buildBare(pages: number, archive: Archive, label: string): Promise<{ seconds: number; peakBytes: number; cpuSeconds?: number }> {
  const dir = path.join(benchDir, `bare-${label}`);
  writeBareSite(dir, root, pages, path.join(archive.contentDir, 'papers'));
  const cache = path.join(dir, '.cache');
  const runs = await measureRuns(`building the bare Astro site, ${pages} pages`, () => fs.rmSync(cache, { recursive: true, force: true }), (run) =>
    measure(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...env, OUT_DIR: path.join(dir, 'dist'), ASTRO_CACHE_DIR: cache },
      log: path.join(benchDir, 'logs', `bare-${label}-run${run}.log`),
    }),
  );
  // The bare site's .astro and .ts files would otherwise be type-checked with the project.
  if (!options.keep) fs.rmSync(dir, { recursive: true, force: true });
  return { seconds: median(runs.map((r) => r.seconds)), peakBytes: Math.max(...runs.map((r) => r.peakBytes)), cpuSeconds: cpuOf(runs) };
}

/** Median CPU seconds of some runs, when /usr/bin/time measured them. */
function cpuOf(runs: RunResult[]): number | undefined {
  const values = runs.flatMap((r) => (r.cpuSeconds === undefined ? [] : [r.cpuSeconds]));
  return values.length ? median(values) : undefined;
}

/** Pagefind's time: from the build's own output when the build indexes, else by running it here. */
async function searchIndex(dist: string, output: string, label: string): Promise<{ seconds: number; how: string; peakBytes: number; cpuSeconds?: number }> {
  if (fs.existsSync(path.join(dist, 'pagefind'))) {
    // "Indexed 12079 pages for search in 18.7 s after Astro (18 parts, 8 of them while Astro was building)."
    const overlapped = /pages for search in ([\d.]+) s after Astro \((\d+) parts?, (\d+) of them while Astro was building\)/.exec(output);
    if (overlapped) return { seconds: Number(overlapped[1]), how: `after Astro had finished, as the build printed; ${overlapped[3]} of the ${overlapped[2]} parts were indexed while Astro was building`, peakBytes: 0 };
    const finished = /pages for search in ([\d.]+) s/i.exec(output) ?? /Finished in ([\d.]+) seconds/i.exec(output) ?? /pagefind[^\n]*?([\d.]+)\s*s\b/i.exec(output);
    return { seconds: finished ? Number(finished[1]) : NaN, how: finished ? 'inside the build, as it printed' : 'inside the build (time not printed)', peakBytes: 0 };
  }
  process.stdout.write('  indexing with Pagefind (the build does not yet) ... ');
  const result = await measure(path.join(root, 'node_modules', '.bin', 'pagefind'), ['--site', dist], { cwd: root, env, log: path.join(benchDir, 'logs', `pagefind-${label}.log`) });
  if (result.status !== 0) {
    console.log('failed');
    console.error(result.output.split('\n').slice(-20).join('\n'));
    process.exit(1);
  }
  console.log(seconds(result.seconds));
  return { seconds: result.seconds, how: 'npx pagefind --site, run by the benchmark after the build', peakBytes: result.peakBytes, cpuSeconds: result.cpuSeconds };
}

async function browserFigures(dist: string, archive: Archive): Promise<Pick<SizeResult, 'js' | 'search'>> {
  const exists = (url: string) => fs.existsSync(path.join(dist, url, 'index.html'));
  const site = await SiteBrowser.open(dist);
  try {
    const scripts = async (url: string | undefined, missing: string) => (url && exists(url) ? { url, bytes: await site.scriptBytes(url) } : missing);
    const indicatorPage = archive.indicator ? `/performance/indicators/${archive.indicator}/` : undefined;
    const chartUrl = indicatorPage && exists(indicatorPage) ? indicatorPage : archive.chartPaper ? `/papers/${archive.chartPaper}/` : undefined;
    return {
      js: {
        paper: await scripts(`/papers/${archive.plainPaper}/`, 'n/a (no paper page)'),
        chartPaper: await scripts(archive.chartPaper && `/papers/${archive.chartPaper}/`, 'n/a (no IndicatorChart component for papers yet)'),
        chart: await scripts(chartUrl, 'n/a (no indicator pages, and no IndicatorChart component for papers yet)'),
        dashboard: await scripts('/performance/', 'n/a (no /performance/ page yet)'),
      },
      search: exists('/search/') ? await site.searchBytes('/search/', archive.searchWord) : 'n/a (no /search/ page yet)',
    };
  } finally {
    await site.close();
  }
}

async function runSize(papers: number, indicators: number): Promise<SizeResult> {
  const label = `${papers}p-${indicators}i`;
  console.log(`\n=== ${papers.toLocaleString('en-GB')} papers, ${indicators} indicators`);
  // Inside the site's folder: Astro does not load MDX content from outside its root.
  const archive = writeArchive({ dir: path.join(siteDir, 'archives', label), papers, indicators, charts, vocabularyFrom: path.join(root, 'content'), fixedDataFrom: path.join(root, 'data') });
  console.log(`  archive: ${Object.entries(archive.counts).map(([k, v]) => `${v} ${k}`).join(', ')}${charts ? '' : ' (no charts in bodies: the site has no IndicatorChart component yet)'}`);

  process.env.CONTENT_DIR = archive.contentDir;
  process.env.DATA_DIR = archive.dataDir;
  const checkStarted = performance.now();
  const { problems } = validateSite(root);
  const checkSeconds = (performance.now() - checkStarted) / 1000;
  delete process.env.CONTENT_DIR;
  delete process.env.DATA_DIR;
  if (problems.length) {
    console.error(formatReport(problems));
    console.error('\nThe synthetic archive is not valid against the schemas; fix scripts/bench/archive.ts.');
    process.exit(1);
  }
  console.log(`  content check: valid, ${seconds(checkSeconds)}`);

  const loadBefore = os.loadavg()[0]!;
  const { runs, dist } = await buildOurs(archive, label);
  const last = runs[runs.length - 1]!;
  const index = await searchIndex(dist, last.output, label);
  const buildSeconds = median(runs.map((r) => r.seconds));
  // Astro prints "12116 page(s) built in 2m 38s" or "293 page(s) built in 7.75s".
  const astro = /page\(s\) built in (?:(\d+)m ?)?([\d.]+)s/.exec(last.output);
  const stats = distStats(dist, targets.htmlGzipBytes);
  const routes = timeByRoute(last.output).slice(0, 6);
  if (routes.length) console.log(`  slowest routes (render time from Astro's log): ${routes.map((r) => `${r.route} ${seconds(r.milliseconds / 1000)} (${r.pages})`).join(', ')}`);

  const result: SizeResult = {
    papers,
    indicators,
    pages: stats.htmlPages,
    buildSeconds,
    cpuSeconds: cpuOf(runs) === undefined ? undefined : cpuOf(runs)! + (index.cpuSeconds ?? 0),
    astroSeconds: astro ? Number(astro[1] ?? 0) * 60 + Number(astro[2]) : undefined,
    pagefind: Number.isNaN(index.seconds) ? index.how : { seconds: index.seconds, how: index.how },
    totalSeconds: buildSeconds + (index.peakBytes ? index.seconds : 0),
    peakBytes: Math.max(...runs.map((r) => r.peakBytes), index.peakBytes),
    peakParts: { astro: Math.max(...runs.map((r) => r.otherPeakBytes)), pagefind: Math.max(...runs.map((r) => r.pagefindPeakBytes), index.peakBytes) },
    checkSeconds,
    load: [loadBefore, os.loadavg()[0]!],
    dist: stats,
    js: { paper: 'not measured', chartPaper: 'not measured', chart: 'not measured', dashboard: 'not measured' },
    search: 'not measured',
  };
  if (!options.skipBrowser) {
    try {
      Object.assign(result, await browserFigures(dist, archive));
    } catch (error) {
      // Without a browser the other figures still stand; say why these are missing.
      const why = `not measured: ${String((error as Error).message).split('\n')[0]}`;
      result.js = { paper: why, chartPaper: why, chart: why, dashboard: why };
      result.search = why;
    }
  }
  if (!options.skipBare) result.bare = { pages: stats.htmlPages, ...(await buildBare(stats.htmlPages, archive, label)) };
  print(result);
  return result;
}

function scriptLine(value: { url: string; bytes: ScriptBytes } | string): string {
  if (typeof value === 'string') return value;
  return value.bytes.files === 0 ? `none (${value.url})` : `${bytes(value.bytes.gzipBytes)} gzipped in ${value.bytes.files} script(s), ${bytes(value.bytes.bytes)} raw (${value.url})`;
}

function print(r: SizeResult): void {
  const d = r.dist;
  const pagefind = typeof r.pagefind === 'string' ? r.pagefind : `${seconds(r.pagefind.seconds)} (${r.pagefind.how})`;
  console.log(`\n  Results: ${r.papers.toLocaleString('en-GB')} papers, ${r.indicators} indicators`);
  line('machine load average (1 min)', `${r.load[0].toFixed(1)} before the build, ${r.load[1].toFixed(1)} after (${os.cpus().length} CPUs): other work on the machine slows every time figure`);
  line('full build, search index included', `${seconds(r.totalSeconds)}${r.totalSeconds !== r.buildSeconds ? ` (scripts/build.ts ${seconds(r.buildSeconds)} + Pagefind)` : ''}${options.runs > 1 ? `, median of ${options.runs}` : ''}`, r.papers >= 10_000 ? r.totalSeconds <= targets.seconds : undefined);
  if (r.cpuSeconds !== undefined) line('CPU time of the build (user + system)', seconds(r.cpuSeconds));
  line('  content check', `${seconds(r.checkSeconds)} (checked here; the build runs npm run check alongside Astro's start-up)`);
  if (r.astroSeconds !== undefined) line('  of which: Astro', `${seconds(r.astroSeconds)} (as Astro prints it, search indexing of older parts alongside)`);
  line('  of which: search indexing', pagefind);
  line('pages per second', `${(r.pages / r.totalSeconds).toFixed(0)} (${r.pages.toLocaleString('en-GB')} HTML pages)`);
  line('peak resident memory (process tree)', `${bytes(r.peakBytes)} (Astro and the build script ${bytes(r.peakParts.astro)}, Pagefind ${bytes(r.peakParts.pagefind)})`, r.peakBytes <= targets.peakBytes);
  line('dist/', `${bytes(d.bytes)} in ${d.files.toLocaleString('en-GB')} files`);
  line('largest HTML page', `${d.largestHtml.file}: ${bytes(d.largestHtml.bytes)} raw, ${bytes(d.largestHtml.gzipBytes)} gzipped`);
  line('largest HTML page gzipped', `${d.largestGzipHtml.file}: ${bytes(d.largestGzipHtml.gzipBytes)}; ${d.overLimit.length} page(s) over ${bytes(targets.htmlGzipBytes)}${d.overLimit.length ? `: ${d.overLimit.slice(0, 5).join(', ')}${d.overLimit.length > 5 ? ' …' : ''}` : ''}`, d.overLimit.length === 0);
  line('JavaScript, paper page (no chart)', scriptLine(r.js.paper), typeof r.js.paper === 'string' ? undefined : r.js.paper.bytes.files === 0);
  line('JavaScript, paper with a chart', scriptLine(r.js.chartPaper), typeof r.js.chartPaper === 'string' ? undefined : r.js.chartPaper.bytes.gzipBytes <= targets.chartGzipBytes);
  line('JavaScript, chart page', scriptLine(r.js.chart), typeof r.js.chart === 'string' ? undefined : r.js.chart.bytes.gzipBytes <= targets.chartGzipBytes);
  line('JavaScript, dashboard', scriptLine(r.js.dashboard));
  const s = r.search;
  line(
    'search query download',
    typeof s === 'string' ? s : `${bytes(s.gzipBytes)} (gzipped where a host would; ${bytes(s.bytes)} as served) in ${s.requests} requests for "${s.query}" (${s.results}); the page before it ${bytes(s.pageGzipBytes)}`,
    typeof s === 'string' || r.papers < 10_000 ? undefined : s.gzipBytes <= targets.searchBytes,
  );
  if (typeof s !== 'string') line('  of which', s.parts.map((p) => `${p.name}${p.count > 1 ? ` ×${p.count}` : ''} ${bytes(p.gzipBytes)}`).join(', '));
  if (r.bare) {
    line('bare Astro, same page count', `${seconds(r.bare.seconds)}${r.bare.cpuSeconds !== undefined ? ` (CPU ${seconds(r.bare.cpuSeconds)})` : ''}, ${bytes(r.bare.peakBytes)} peak (${r.bare.pages.toLocaleString('en-GB')} Markdown pages)`);
    // The search index is written partly while Astro builds, so the build has no time "without it"; Astro's own
    // time (which that indexing slows) is the nearest figure.
    const astroRatio = r.astroSeconds === undefined ? '' : ` (Astro's own build ${(r.astroSeconds / r.bare.seconds).toFixed(2)} ×)`;
    line('ratio to bare Astro: build time', `${(r.totalSeconds / r.bare.seconds).toFixed(2)} ×${astroRatio}`, r.papers >= 10_000 ? r.totalSeconds / r.bare.seconds <= targets.bareRatio : undefined);
    if (r.cpuSeconds !== undefined && r.bare.cpuSeconds !== undefined) line('ratio to bare Astro: CPU time', `${(r.cpuSeconds / r.bare.cpuSeconds).toFixed(2)} ×`);
    line('ratio to bare Astro: peak memory', `${(r.peakBytes / r.bare.peakBytes).toFixed(2)} ×`);
  }
}

const started = performance.now();
snapshotSite(root, siteDir);
console.log(`Benchmark: ${options.sizes.map((s) => `${s.papers} papers + ${s.indicators} indicators`).join('; ')}; ${options.runs} run(s) each. Logs in .bench/logs/.`);
const spendImport = timeSpendImport(benchDir);
console.log(`Spend import: ${spendImport.rows.toLocaleString('en-GB')} synthetic rows planned in ${spendImport.seconds.toFixed(2)} s (median of 3; the target is well under 1 s).`);
const results: SizeResult[] = [];
for (const size of options.sizes) results.push(await runSize(size.papers, size.indicators));
if (results.length > 1) {
  console.log('\n=== Summary');
  console.log('papers | indicators | pages | build (s) | pages/s | peak memory | largest page gzipped | × bare time | × bare memory');
  for (const r of results) {
    console.log([r.papers, r.indicators, r.pages, r.totalSeconds.toFixed(1), (r.pages / r.totalSeconds).toFixed(0), bytes(r.peakBytes), bytes(r.dist.largestGzipHtml.gzipBytes), r.bare ? (r.totalSeconds / r.bare.seconds).toFixed(2) : '-', r.bare ? (r.peakBytes / r.bare.peakBytes).toFixed(2) : '-'].join(' | '));
  }
}
if (!options.keep) fs.rmSync(siteDir, { recursive: true, force: true });
console.log(`\nBenchmark finished in ${seconds((performance.now() - started) / 1000)}.`);
