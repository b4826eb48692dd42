import fs from 'node:fs';
import path from 'node:path';
import { indicatorSchema, type Indicator } from '../../schemas/indicator.ts';
import { contentPaths } from '../sources/content-paths.ts';
import { formatReport, type Problem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { namedFiles } from '../sources/named-files.ts';
import { readSourceFile } from '../sources/source-file.ts';
import type { Checked } from './validate-content.ts';
import { checkSpendFiles, spendFiles } from './validate-spend.ts';
import type { SpendMonth } from '../../schemas/spend.ts';

/** Indicator datasets that passed every check, and every problem found. */
export interface DataValidationResult {
  indicators: Checked<Indicator>[];
  /** Months of spending over £500 (data/spend/), which may be none. */
  spend: Checked<SpendMonth>[];
  problems: Problem[];
}

/** How data is stored: folder (under the data directory), file kind and schema. Mirrors `collections` in validate-content.ts. */
export const dataCollections = {
  indicators: { folder: 'indicators', extension: '.yaml', kind: 'indicator dataset', schema: indicatorSchema },
  spend: spendFiles,
} as const;

function checkIndicatorFiles(root: string, dataDir: string, problems: Problem[]): Checked<Indicator>[] {
  const spec = dataCollections.indicators;
  const dir = path.join(dataDir, spec.folder);
  const allowed = Object.keys(spec.schema.shape);
  const entries: Checked<Indicator>[] = [];
  const rules = { extension: spec.extension, invalidIdFix: `use lower-case letters, digits and hyphens only, for example all-recorded-crime${spec.extension}` };
  for (const { absolute, file, id } of namedFiles(root, dir, rules, problems)) {
    const parsed = readSourceFile(root, absolute, file, id);
    problems.push(...parsed.problems);
    if (!parsed.source || parsed.problems.length) continue;
    const result = spec.schema.safeParse(parsed.source.data ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(parsed.source, result.error, spec.kind, allowed));
      continue;
    }
    entries.push({ id, data: result.data, source: parsed.source });
  }
  return entries;
}

/** Checks between files: related ids exist, dashboard positions are not shared, breakdown totals agree with the observations. */
function checkAcrossFiles(root: string, dataDir: string, indicators: readonly Checked<Indicator>[], problems: Problem[]): void {
  const ids = new Set(indicators.map((i) => i.id));
  const positions = new Map<number, string>();
  const folder = path.relative(root, path.join(dataDir, dataCollections.indicators.folder));
  for (const { id, data, source } of indicators) {
    data.related.forEach((other, index) => {
      if (other === id) {
        problems.push({ file: source.file, line: source.lineOf(['related', index]), field: `related[${index}]`, message: `is "${other}", this dataset itself`, fix: 'remove it: list other datasets only' });
      } else if (!ids.has(other)) {
        const some = [...ids].filter((i) => i !== id).slice(0, 3).join(', ');
        problems.push({
          file: source.file,
          line: source.lineOf(['related', index]),
          field: `related[${index}]`,
          message: `"${other}" is not an indicator dataset: there is no file ${path.join(folder, `${other}.yaml`)}`,
          fix: `use the file name (without .yaml) of a dataset in ${folder}${some ? `, for example ${some}` : ''}`,
        });
      }
    });
    if (data.dashboardPosition !== undefined) {
      const other = positions.get(data.dashboardPosition);
      if (other) {
        problems.push({ file: source.file, line: source.lineOf(['dashboardPosition']), field: 'dashboardPosition', message: `${data.dashboardPosition} is already the position of ${other}`, fix: 'give each dashboard indicator its own position, in the order printed' });
      } else positions.set(data.dashboardPosition, source.file);
    }
    data.breakdowns.forEach((breakdown, index) => {
      if (breakdown.total === undefined) return;
      const observation = data.observations.find((o) => o.series === undefined && o.period === breakdown.period);
      if (observation && observation.value !== breakdown.total) {
        problems.push({
          file: source.file,
          line: source.lineOf(['breakdowns', index, 'total']),
          field: `breakdowns[${index}].total`,
          message: `is ${breakdown.total} but the observation for ${breakdown.period} is ${observation.value}`,
          fix: 'make the two agree, or leave total out and say in the note why the percentages do not fit the period total',
        });
      }
    });
  }
}

/** Read and check every data file under `dataDir`. Returns every problem found, never just the first. */
export function validateData(root: string, dataDir: string): DataValidationResult {
  const problems: Problem[] = [];
  const indicators = checkIndicatorFiles(root, dataDir, problems);
  checkAcrossFiles(root, dataDir, indicators, problems);
  const spend = checkSpendFiles(root, dataDir, problems);
  return { indicators, spend, problems };
}

/** One line for a valid data folder: "49 indicator datasets (42 on the dashboard), 357 observations". */
export function describeData(indicators: readonly Checked<Indicator>[]): string {
  const dashboard = indicators.filter((i) => i.data.dashboardPosition !== undefined).length;
  const observations = indicators.reduce((total, i) => total + i.data.observations.length, 0);
  return `${indicators.length} indicator ${indicators.length === 1 ? 'dataset' : 'datasets'} (${dashboard} on the dashboard), ${observations} observations`;
}

/**
 * The data check for `npm run check`: validates DATA_DIR (default `data/`) under the project root
 * and returns the problems, a report to print when there are any, and a one-line summary when not.
 */
export function checkData(root: string = process.cwd()): DataValidationResult & { ok: boolean; report: string } {
  const { dataDir } = contentPaths(root);
  const result = validateData(root, dataDir);
  const ok = result.problems.length === 0;
  return { ...result, ok, report: ok ? `Data is valid: ${describeData(result.indicators)}.` : formatReport(result.problems) };
}
