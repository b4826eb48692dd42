// The search index, written by the Pagefind command in parts by year (src/lib/build/search-parts.ts). The parts the
// content predicts are indexed as soon as all their pages are built, while Astro is still writing newer ones. When
// Astro has finished, the parts are planned again from the built pages: a part indexed early is kept only if it
// holds exactly the pages planned for it, and every other part is indexed then, two at a time.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { searchExcludedSelectors } from '../../src/lib/build/search-meta.ts';
import { planSearchParts, samePart, type SearchPage, type SearchPart } from '../../src/lib/build/search-parts.ts';

/** What a built page says of itself: in the index (in the part for its year, if it has one) or not. */
export type SearchMarks = { searchable: true; year?: number } | { searchable: false };

/** The search marks BaseLayout puts on <main>: data-pagefind-body, and data-search-year for the archive. */
export function searchMarks(html: string): SearchMarks {
  const main = /<main\b[^>]*>/.exec(html)?.[0] ?? '';
  if (!main.includes('data-pagefind-body')) return { searchable: false };
  const year = /data-search-year="(\d{4})"/.exec(main)?.[1];
  return { searchable: true, year: year ? Number(year) : undefined };
}

/**
 * True for a folder this process can write with at least `bytes` free. A part's index is about 20 MB at 1,000
 * pages; containers often give /dev/shm only 64 MB.
 */
function hasRoomFor(folder: string, bytes: number): boolean {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    const { bavail, bsize } = fs.statfsSync(folder);
    return fs.statSync(folder).isDirectory() && bavail * bsize >= bytes;
  } catch {
    return false;
  }
}

interface Run {
  part: SearchPart;
  done: Promise<boolean>;
  finished: boolean;
}

interface Prediction {
  part: SearchPart;
  /** Its pages not yet seen built, in the order Astro builds them. */
  waiting: string[];
  /** A built page is not what the content predicted: the part waits for the final plan. */
  wrong: boolean;
}

export class SearchIndexer {
  private readonly marks = new Map<string, SearchMarks>();
  private readonly predictedYear = new Map<string, number | undefined>();
  private predictions: Prediction[] = [];
  private readonly runs: Run[] = [];
  private readonly nice = fs.existsSync('/usr/bin/nice');
  /** A folder in memory (Linux's /dev/shm) for Pagefind's output, or the work folder where there is none or it is small. */
  private readonly memory: string;
  private readonly site: string;
  private readonly work: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly maxPages: number;
  /** Temporary folders and Pagefind processes of runs not yet finished, for cleanup() on any exit. */
  private readonly temporary = new Set<string>();
  private readonly running = new Set<ChildProcess>();

  /**
   * @param site the folder Astro builds the site into
   * @param work a folder for the links each part's Pagefind run reads
   * @param maxPages the size of a part (see planSearchParts)
   */
  constructor(site: string, work: string, env: NodeJS.ProcessEnv, maxPages: number) {
    this.site = site;
    this.work = work;
    this.env = env;
    this.maxPages = maxPages;
    this.memory = hasRoomFor('/dev/shm', 1024 ** 3) ? '/dev/shm' : work;
  }

  /** The pages the content predicts (expectedSearchPages); their parts are indexed oldest first, the order Astro builds them in. */
  predict(pages: readonly SearchPage[]): void {
    for (const page of pages) this.predictedYear.set(page.file, page.year);
    this.predictions = planSearchParts(pages, this.maxPages)
      .reverse()
      .map((part) => ({ part, waiting: [...part.files], wrong: false }));
  }

  /** The predicted parts' pages in the order they are indexed: Astro builds them first, in this order (build-order-integration.ts). */
  buildOrder(): string[] {
    return this.predictions.flatMap((prediction) => prediction.part.files);
  }

  /**
   * While Astro builds: starts indexing the oldest predicted part whose pages are all built. One part at a time,
   * at low priority, so that Astro keeps a core of its own.
   */
  poll(): void {
    if (this.runs.some((run) => !run.finished)) return;
    for (const prediction of this.predictions) {
      // A part with no pages (a site with no content yet) has nothing to index early; finish() writes its folder.
      if (prediction.wrong || prediction.part.files.length === 0 || this.runs.some((run) => run.part === prediction.part)) continue;
      while (prediction.waiting.length > 0) {
        const file = prediction.waiting[0]!;
        let html: string;
        try {
          html = fs.readFileSync(path.join(this.site, file), 'utf8');
        } catch {
          return; // not built yet: Astro builds these pages in this order, so no later one is either
        }
        // Astro writes a page in one go; a page caught half-written has not ended its document yet.
        if (!html.trimEnd().endsWith('</html>')) return;
        const marks = searchMarks(html);
        this.marks.set(file, marks);
        if (!marks.searchable || marks.year !== this.predictedYear.get(file)) {
          prediction.wrong = true;
          break;
        }
        prediction.waiting.shift();
      }
      if (prediction.wrong) continue;
      this.runs.push(this.run(prediction.part, true));
      return;
    }
  }

  /**
   * After Astro: plans the parts from the built pages, keeps the early runs that match a part, indexes the other
   * parts two at a time, and returns the parts, how many pages they hold, how many parts were indexed early, and
   * how many the content did not predict.
   */
  async finish(htmlFiles: readonly string[]): Promise<{ parts: SearchPart[]; pages: number; early: number; unpredicted: number; ok: boolean }> {
    const pages = htmlFiles.flatMap((file): SearchPage[] => {
      const marks = this.marks.get(file) ?? searchMarks(fs.readFileSync(path.join(this.site, file), 'utf8'));
      return marks.searchable ? [{ file, year: marks.year }] : [];
    });
    const parts = planSearchParts(pages, this.maxPages);
    const earlyRunOf = (part: SearchPart) => this.runs.find((run) => samePart(run.part, part));
    // A part indexed early from a wrong prediction is thrown away (rare: the prediction follows the same rules as the pages).
    for (const run of this.runs.filter((run) => !parts.some((part) => samePart(run.part, part)))) {
      await run.done;
      fs.rmSync(path.join(this.site, run.part.dir), { recursive: true, force: true });
    }
    let early = 0;
    // Parts still being indexed early come first, so that they count towards the two at a time.
    const queue = [...parts].sort((a, b) => Number(earlyRunOf(a)?.finished ?? true) - Number(earlyRunOf(b)?.finished ?? true));
    const results = await Promise.all(
      Array.from({ length: Math.min(2, queue.length) }, async () => {
        let ok = true;
        for (let part = queue.shift(); part; part = queue.shift()) {
          const run = earlyRunOf(part);
          if (run && (await run.done)) {
            early += 1;
            continue;
          }
          fs.rmSync(path.join(this.site, part.dir), { recursive: true, force: true });
          ok = (await this.run(part, false).done) && ok;
        }
        return ok;
      }),
    );
    const unpredicted = parts.filter((part) => !this.predictions.some((prediction) => samePart(prediction.part, part))).length;
    return { parts, pages: pages.length, early, unpredicted, ok: !results.includes(false) };
  }

  /** Stops every Pagefind run and removes every temporary folder: called on any exit of the build, failed or not. */
  cleanup(): void {
    for (const pagefind of this.running) pagefind.kill();
    for (const folder of this.temporary) fs.rmSync(folder, { recursive: true, force: true });
    this.temporary.clear();
  }

  /** Indexes one part with the Pagefind command, on a folder of links to its pages (same paths, so the same URLs). */
  private run(part: SearchPart, lowPriority: boolean): Run {
    const run: Run = { part, finished: false, done: Promise.resolve(true) };
    run.done = (async () => {
      // A site with nothing to search (no content yet) still gets the folder the search page looks in.
      fs.mkdirSync(path.join(this.site, part.dir), { recursive: true });
      if (part.files.length === 0) return true;
      const pages = fs.mkdtempSync(path.join(this.work, 'search-part-'));
      this.temporary.add(pages);
      for (const file of part.files) {
        fs.mkdirSync(path.dirname(path.join(pages, file)), { recursive: true });
        fs.linkSync(path.join(this.site, file), path.join(pages, file));
      }
      // Pagefind writes its files from several threads at once, which costs it as much system time again on a disk
      // as on a memory file system; copying them from memory afterwards takes a tenth of a second.
      const output = fs.mkdtempSync(path.join(this.memory, 'pcc-search-part-'));
      this.temporary.add(output);
      const excluded = searchExcludedSelectors.flatMap((selector) => ['--exclude-selectors', selector]);
      const command = ['pagefind', '--site', pages, '--output-path', output, ...excluded, '--quiet'];
      const [program, ...args] = lowPriority && this.nice ? ['nice', '-n', '10', ...command] : command;
      const pagefind = spawn(program!, args, { stdio: 'inherit', env: this.env, shell: false });
      this.running.add(pagefind);
      const status = await new Promise<number | null>((resolve) => pagefind.on('close', resolve));
      this.running.delete(pagefind);
      if (status === 0) fs.cpSync(output, path.join(this.site, part.dir), { recursive: true });
      for (const folder of [output, pages]) {
        fs.rmSync(folder, { recursive: true, force: true });
        this.temporary.delete(folder);
      }
      return status === 0;
    })().finally(() => {
      run.finished = true;
    });
    return run;
  }
}
