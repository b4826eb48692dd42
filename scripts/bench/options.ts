// Command-line options of npm run bench.

export interface BenchOptions {
  sizes: { papers: number; indicators: number }[];
  runs: number;
  keep: boolean;
  skipBare: boolean;
  skipBrowser: boolean;
}

const usage = 'usage: npm run bench -- [--papers 1000,10000] [--indicators 500] [--runs 1] [--keep] [--skip-bare] [--skip-browser]';

function numbers(flag: string, value: string | undefined): number[] {
  const list = (value ?? '').split(',').map((v) => Number(v.trim().replace(/_/g, '')));
  if (!value || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`${flag} needs whole numbers from 1, one or a list such as 1000,10000\n${usage}`);
  return list;
}

/** Reads the options. One --indicators value applies to every size; a list pairs with --papers. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let papers = [1000, 10_000];
  let indicators = [500];
  let runs = 1;
  const flags = { keep: false, skipBare: false, skipBrowser: false };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--papers') papers = numbers(flag, value());
    else if (flag === '--indicators') indicators = numbers(flag, value());
    else if (flag === '--runs') runs = numbers(flag, value())[0]!;
    else if (flag === '--keep') flags.keep = true;
    else if (flag === '--skip-bare') flags.skipBare = true;
    else if (flag === '--skip-browser') flags.skipBrowser = true;
    else throw new Error(`unknown option ${argv[i]}\n${usage}`);
  }
  if (indicators.length !== 1 && indicators.length !== papers.length) throw new Error(`--indicators needs one value, or as many as --papers\n${usage}`);
  return { sizes: papers.map((p, i) => ({ papers: p, indicators: indicators[indicators.length === 1 ? 0 : i]! })), runs, ...flags };
}
