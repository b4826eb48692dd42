// Runs a command and measures it: wall time, and the peak resident memory of its whole process tree,
// sampled from /proc (a build is several processes; /usr/bin/time only reports the largest one).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const pageSize = 4096;

/** Resident bytes of a process and all its descendants, from /proc, in total and for Pagefind's own processes. */
function treeResidentBytes(rootPid: number): { total: number; pagefind: number } {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and brackets: the fields after the last ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(entry));
      else children.set(ppid, [Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let pagefind = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      const resident = Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * pageSize;
      total += resident;
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')) pagefind += resident;
    } catch {
      // ended
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { total, pagefind };
}

export interface RunResult {
  status: number;
  seconds: number;
  peakBytes: number;
  /** Peak of Pagefind's processes alone (the search index is built in the same tree as the site). */
  pagefindPeakBytes: number;
  /** Peak of everything but Pagefind (Astro and the build script). */
  otherPeakBytes: number;
  /** User and system CPU time of the whole tree, from /usr/bin/time: steadier than wall time on a busy machine. */
  cpuSeconds?: number;
  /** The largest single process's peak, from /usr/bin/time. */
  largestProcessBytes?: number;
  output: string;
}

const timeCommand = '/usr/bin/time';

/** Run a command, keep its output in a log file, and measure it. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string; echo?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    fs.mkdirSync(path.dirname(options.log), { recursive: true });
    const log = fs.createWriteStream(options.log);
    const started = performance.now();
    // /usr/bin/time adds up CPU time over every process the command starts (each one waited for).
    const timeFile = `${options.log}.time`;
    const timed = fs.existsSync(timeCommand);
    const child = timed
      ? spawn(timeCommand, ['-f', '%U %S %M', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log.write(text);
      if (options.echo) process.stderr.write(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakBytes = 0;
    let pagefindPeakBytes = 0;
    let otherPeakBytes = 0;
    const sample = () => {
      if (!child.pid) return;
      const { total, pagefind } = treeResidentBytes(child.pid);
      peakBytes = Math.max(peakBytes, total);
      pagefindPeakBytes = Math.max(pagefindPeakBytes, pagefind);
      otherPeakBytes = Math.max(otherPeakBytes, total - pagefind);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      log.end();
      const seconds = (performance.now() - started) / 1000;
      const times = timed && fs.existsSync(timeFile) ? /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(fs.readFileSync(timeFile, 'utf8')) : null;
      resolve({
        status: status ?? 1,
        seconds,
        peakBytes,
        pagefindPeakBytes,
        otherPeakBytes,
        cpuSeconds: times ? Number(times[1]) + Number(times[2]) : undefined,
        largestProcessBytes: times ? Number(times[3]) * 1024 : undefined,
        output,
      });
    });
  });
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlPages: number;
  largestHtml: { file: string; bytes: number; gzipBytes: number };
  largestGzipHtml: { file: string; bytes: number; gzipBytes: number };
  /** Pages whose HTML is over the limit when gzipped. */
  overLimit: string[];
}

export const gzipSize = (data: Buffer | string) => zlib.gzipSync(data).length;

/** Size of a built site, and its largest pages. */
export function distStats(dist: string, gzipLimit: number): DistStats {
  let bytes = 0;
  let files = 0;
  let htmlPages = 0;
  let largestHtml = { file: '', bytes: 0, gzipBytes: 0 };
  let largestGzipHtml = { file: '', bytes: 0, gzipBytes: 0 };
  const overLimit: string[] = [];
  for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = fs.statSync(file).size;
    bytes += size;
    files += 1;
    if (!entry.name.endsWith('.html')) continue;
    htmlPages += 1;
    // Gzip only pages that could be large: small pages cannot beat the largest.
    if (size < largestHtml.bytes / 4 && size < gzipLimit) continue;
    const gzipBytes = gzipSize(fs.readFileSync(file));
    const page = { file: path.relative(dist, file), bytes: size, gzipBytes };
    if (size > largestHtml.bytes) largestHtml = page;
    if (gzipBytes > largestGzipHtml.gzipBytes) largestGzipHtml = page;
    if (gzipBytes > gzipLimit) overLimit.push(page.file);
  }
  return { bytes, files, htmlPages, largestHtml, largestGzipHtml, overLimit };
}

/** Build log lines "├─ /papers/x/index.html (+6ms)", summed by route, slowest first. */
export function timeByRoute(output: string): { route: string; pages: number; milliseconds: number }[] {
  const routes = new Map<string, { pages: number; milliseconds: number }>();
  for (const match of output.matchAll(/[├└]─ (\/\S*) \(\+(\d+)ms\)/g)) {
    const segments = match[1]!.replace(/index\.html$/, '').split('/').filter(Boolean);
    const route = segments.length >= 2 ? `/${segments.slice(0, -1).join('/')}/*` : `/${segments.join('/')}${segments.length ? '/' : ''}`;
    const entry = routes.get(route) ?? { pages: 0, milliseconds: 0 };
    entry.pages += 1;
    entry.milliseconds += Number(match[2]);
    routes.set(route, entry);
  }
  return [...routes].map(([route, v]) => ({ route, ...v })).sort((a, b) => b.milliseconds - a.milliseconds);
}
