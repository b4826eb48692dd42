import type { Problem } from './problems.ts';
import type { SourceFile } from '../sources/source-file.ts';

/** Every `<IndicatorChart id="…" />` in a Markdown or MDX body, with its 1-based line in the file. */
export function indicatorChartIds(source: SourceFile): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  const lines = (source.body ?? '').split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(/<IndicatorChart\b[^>]*\bid=["']([^"']*)["']/g)) {
      found.push({ id: match[1]!, line: (source.bodyLine ?? 1) + index });
    }
  });
  return found;
}

/** Problems for charts that name an indicator dataset that does not exist. */
export function unknownIndicatorProblems(sources: readonly SourceFile[], indicatorIds: ReadonlySet<string>, dataFolder: string): Problem[] {
  const examples = [...indicatorIds].sort().slice(0, 3).join(', ');
  return sources.flatMap((source) =>
    indicatorChartIds(source)
      .filter((chart) => !indicatorIds.has(chart.id))
      .map((chart) => ({
        file: source.file,
        line: chart.line,
        field: 'IndicatorChart id',
        message: `"${chart.id}" is not an indicator: there is no file ${dataFolder}/${chart.id}.yaml`,
        fix: `use the file name (without .yaml) of a dataset in ${dataFolder}${examples ? `, for example ${examples}` : ''}`,
      })),
  );
}

/** Problems for dataset sources that name a paper this site does not have. */
export function unknownSourcePaperProblems(
  datasets: readonly { source: SourceFile; data: { sources: Record<string, { paper?: string | undefined }> } }[],
  paperIds: ReadonlySet<string>,
  papersFolder: string,
): Problem[] {
  return datasets.flatMap((dataset) =>
    Object.entries(dataset.data.sources)
      .filter(([, source]) => source.paper !== undefined && !paperIds.has(source.paper))
      .map(([key, source]) => ({
        file: dataset.source.file,
        line: dataset.source.lineOf(['sources', key, 'paper']),
        field: `sources.${key}.paper`,
        message: `"${source.paper}" is not a paper: there is no file ${papersFolder}/${source.paper}.md`,
        fix: `use the file name (without .md) of a paper in ${papersFolder}, or remove the line`,
      })),
  );
}
