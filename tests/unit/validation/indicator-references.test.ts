import { describe, expect, it } from 'vitest';
import { indicatorChartIds, unknownIndicatorProblems } from '../../../src/lib/validation/indicator-references.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import type { SourceFile } from '../../../src/lib/sources/source-file.ts';

const source = (body: string): SourceFile => ({ file: 'content/papers/x.md', id: 'x', data: {}, body, bodyLine: 12, lineOf: () => undefined });

describe('indicatorChartIds', () => {
  it('finds each chart and the line it is on', () => {
    expect(indicatorChartIds(source('Intro\n\n<IndicatorChart id="all-recorded-crime" />\ntext <IndicatorChart id=\'ksi\'/>'))).toEqual([
      { id: 'all-recorded-crime', line: 14 },
      { id: 'ksi', line: 15 },
    ]);
  });
});

describe('unknownIndicatorProblems', () => {
  it('names the paper, the line, the unknown id and real ids to use instead', () => {
    const problems = unknownIndicatorProblems([source('<IndicatorChart id="all-recorded-crime" />\n<IndicatorChart id="no-such" />')], new Set(['all-recorded-crime', 'hate-crime']), 'data/indicators');
    expect(problems.map(formatProblem)).toEqual([
      'content/papers/x.md:13  IndicatorChart id  "no-such" is not an indicator: there is no file data/indicators/no-such.yaml — use the file name (without .yaml) of a dataset in data/indicators, for example all-recorded-crime, hate-crime',
    ]);
  });
});

describe('unknownSourcePaperProblems', () => {
  it('names the dataset file, the source key and the missing paper', async () => {
    const { unknownSourcePaperProblems } = await import('../../../src/lib/validation/indicator-references.ts');
    const dataset = { source: { ...source(''), file: 'data/indicators/x.yaml', lineOf: () => 7 }, data: { sources: { dashboard: { paper: 'no-such-paper' }, other: {} } } };
    expect(unknownSourcePaperProblems([dataset], new Set(['a-paper']), 'content/papers').map(formatProblem)).toEqual([
      'data/indicators/x.yaml:7  sources.dashboard.paper  "no-such-paper" is not a paper: there is no file content/papers/no-such-paper.md — use the file name (without .md) of a paper in content/papers, or remove the line',
    ]);
  });
});
