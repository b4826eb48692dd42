// Which figures each kind of dataset gets, on the real data in data/indicators, and that they show
// what the sources publish: four March values as four columns, gaps that say so, every alternative
// figure with its source, subtotals listed but not stacked.
import { describe, expect, it } from 'vitest';
import type { FigureModel } from '../../../src/charts/figure-model.ts';
import { indicatorFigures, periodSequence, sumsOfOtherSeries } from '../../../src/charts/indicator-figures.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';
import type { Indicator } from '../../../src/schemas/indicator.ts';

const root = new URL('../../../', import.meta.url).pathname;
const { indicators } = validateData(root, `${root}data`);
const byId = new Map(indicators.map((i) => [i.id, i.data]));
const get = (id: string): Indicator => byId.get(id) ?? (() => { throw new Error(`No dataset ${id}`); })();
const kinds = (figures: FigureModel[]) => figures.map((f) => `${f.key}:${f.chart?.kind ?? 'table'}`);
const cells = (f: FigureModel) => f.tables.flatMap((t) => t.rows.flatMap((r) => [r.header.text, ...r.cells.map((c) => c.text)]));

describe('the figures each kind of dataset gets', () => {
  it.each([
    ['all-recorded-crime', 'dashboard indicator', ['same-month:same-month', 'summary:table']],
    ['999-calls-answered-within-10-seconds', 'dashboard indicator with figures that disagree', ['same-month:same-month', 'summary:table', 'other:table']],
    ['police-support-volunteers-establishment', 'headcount with no published summary: the site compares March with a year earlier', ['same-month:same-month', 'summary:table', 'other:table']],
    ['ksi-road-casualties-by-calendar-year', 'one series over five years', ['series:line']],
    ['average-length-of-investigation', 'one series, two periods', ['series:bar']],
    ['road-collisions-by-severity', 'five series over five years, two of them totals', ['series:line', 'series-totals:line']],
    ['road-safety-partnership-casualties', 'three series over periods of two kinds', ['series:grouped-bar']],
    ['roads-policing-unit-activity', 'ten series in one year', ['series:bar']],
    ['999-and-101-call-volumes', 'two series in one month', ['series:bar']],
    ['arrests-by-age-ethnicity-and-nationality', 'breakdowns in percent', ['breakdown-age:stacked-bar', 'breakdown-ethnicity:stacked-bar', 'breakdown-nationality:grouped-bar']],
  ])('%s (%s)', (id, _, expected) => expect(kinds(indicatorFigures(get(id)))).toEqual(expected));
});

describe('dashboard indicators', () => {
  const dashboard = indicators.filter((i) => i.data.summaries.length);
  it.each(dashboard.map((i) => [i.id, i.data] as const))('%s: four columns, one per month, only published figures drawn', (_, data) => {
    const [figure] = indicatorFigures(data);
    const chart = figure!.chart!;
    expect(chart.rects.length + chart.gaps.length).toBe(4);
    const published = chart.rects.map((r) => r.key);
    expect(published.every((period) => data.observations.some((o) => o.period === period))).toBe(true);
    expect(figure!.tables[0]!.rows).toHaveLength(4);
  });

  it('says "No figure published" where the dashboard printed none', () => {
    const [figure] = indicatorFigures(get('cracked-trial-rate'));
    expect(figure!.tables[0]!.rows.map((r) => [r.header.text, r.cells[0]!.text])).toEqual([
      ['March 2015', 'No figure published'],
      ['March 2016', 'No figure published'],
      ['March 2017', '43.8%'],
      ['March 2018', '28.4%'],
    ]);
    expect(figure!.description).toContain('No figure was published for March 2015 and March 2016.');
  });

  it('describes the change in words from the figures', () => {
    const [figure] = indicatorFigures(get('all-recorded-crime'));
    expect(figure!.description.join(' ')).toContain('Recorded crime fell 13.1% (749 fewer crimes) in March 2018 compared with March 2017.');
    const summary = indicatorFigures(get('all-recorded-crime'))[1]!;
    expect(summary.description[0]).toBe('Recorded crime, in the 12 months to March 2018: 14.0% higher than the baseline, at 66,192 crimes against 58,060 (8,132 more).');
  });

  it('lists the summary figures and the dashboard’s ratings, with what they mean', () => {
    const summary = indicatorFigures(get('all-recorded-crime'))[1]!;
    expect(summary.tables[0]!.rows.map((r) => [r.header.text, r.cells[0]!.text])).toEqual([
      ['Financial year to date: April 2017 to March 2018', '66,192'],
      ['Same months a year earlier: April 2016 to March 2017', '58,060'],
      ['12 months to March 2018', '66,192'],
      // The dashboard prints only “Baseline”.
      ['Baseline', '58,060'],
    ]);
    expect(summary.tables[1]!.rows.map((r) => r.cells[0]!.text)).toEqual([
      'Comparable: no clear change',
      'Higher: worse, because lower is better',
      'Higher: worse, because lower is better',
      'Higher: worse, because lower is better',
    ]);
  });

  it('compares sickness with the national average, as the dashboard does', () => {
    const summary = indicatorFigures(get('sickness-police-officer')).find((f) => f.key === 'summary')!;
    expect(summary.tables[1]!.rows.at(-1)!.cells[0]!.text).toBe('Below the national average: better, because lower is better');
  });

  it('draws a 12-month percentage across the monthly ones, but never a 12-month total', () => {
    expect(indicatorFigures(get('999-calls-answered-within-10-seconds'))[0]!.chart!.references).toHaveLength(1);
    expect(indicatorFigures(get('all-recorded-crime'))[0]!.chart!.references).toHaveLength(0);
  });
});

describe('figures that disagree, and figures outside the charts', () => {
  const withOthers = indicators.filter((i) => i.data.alternatives.length);
  it.each(withOthers.map((i) => [i.id, i.data] as const))('%s: every alternative is in a table with its source', (_, data) => {
    const other = indicatorFigures(data).find((f) => f.key === 'other')!;
    const text = cells(other).join(' | ');
    for (const a of data.alternatives) {
      expect(text).toContain(data.sources[a.source]!.title);
      expect(text).toContain(a.note);
    }
    expect(other.tables[0]!.rows).toHaveLength(data.alternatives.length + data.observations.filter((o) => !indicatorFigures(data)[0]!.chart!.rects.some((r) => r.key === o.period)).length);
  });
  it('shows a stated change as a change', () => {
    const other = indicatorFigures(get('burglary-dwelling')).find((f) => f.key === 'other')!;
    expect(other.tables[0]!.rows[0]!.header.text).toBe('March 2018 compared with March 2017');
    expect(other.tables[0]!.rows[0]!.cells[0]!.text).toBe('\u221275 (a change)');
  });
  it('keeps a figure for another month, from another document, in the table', () => {
    const other = indicatorFigures(get('all-crime-outcome-rate')).find((f) => f.key === 'other')!;
    expect(other.tables[0]!.rows.map((r) => [r.header.text, r.cells[0]!.text])).toEqual([['December 2017', '11.5%']]);
  });
});

describe('series and breakdowns', () => {
  it('describes the KSI years as the report does', () => {
    const [figure] = indicatorFigures(get('ksi-road-casualties-by-calendar-year'));
    expect(figure!.description[0]).toBe('Killed or seriously injured road casualties fell from 434 in 2010 to 392 in 2014. The lowest was 381 in 2012.');
    expect(figure!.chart!.points).toHaveLength(5);
  });
  it('charts the collision table’s own totals apart from the parts they add up', () => {
    const [parts, totals] = indicatorFigures(get('road-collisions-by-severity'));
    expect(parts!.chart!.paths.map((p) => p.key)).toEqual(['fatal', 'severe-mais3', 'serious-stats19']);
    expect(totals!.chart!.paths.map((p) => p.tone)).toEqual([4, 5]);
    // Fatal (29-33) and severe (37-53) collisions share a panel; serious collisions (284-382) have one of their own.
    expect(parts!.chart!.labels.filter((l) => l.kind === 'title').map((l) => l.lines.join(' '))).toEqual(['Serious injury collisions (STATS19, police-recorded)']);
    expect(parts!.description.join(' ')).not.toMatch(/;/);
    expect(totals!.subtitle).toContain('killed or seriously injured (KSI) collisions equal fatal collisions plus serious injury collisions (STATS19, police-recorded)');
  });
  it('lists subtotals in the table, marked, and leaves them out of the chart', () => {
    const nationality = indicatorFigures(get('arrests-by-age-ethnicity-and-nationality')).find((f) => f.key === 'breakdown-nationality')!;
    expect(nationality.chart!.legend.map((l) => l.label)).not.toContain('Europe (incl UK)');
    expect(cells(nationality)).toContain('Europe (incl UK) (subtotal)');
    expect(nationality.notes.join(' ')).toContain('not drawn in the chart');
    expect(nationality.tables[0]!.rows.at(-1)!.cells.map((c) => c.text)).toEqual(['931', '11,808']);
  });
  it('keeps the source’s notes on single figures', () => {
    const [figure] = indicatorFigures(get('999-and-101-call-volumes'));
    expect(cells(figure!)).toContain('Stated as "The 999 service receives around 9,000 calls a month"; the period is not stated.');
  });
});

describe('helpers', () => {
  it.each([
    [['2010', '2011', '2013'], ['2010', '2011', '2012', '2013']],
    [['2012-13', '2014-15'], ['2012-13', '2013-14', '2014-15']],
    [['2015-03', '2018-03'], ['2015-03', '2016-03', '2017-03', '2018-03']],
    [['2018-01', '2018-03'], ['2018-01', '2018-02', '2018-03']],
    [['2016', '12m-to-2017-10'], undefined],
  ])('periodSequence(%j)', (periods, expected) => expect(periodSequence(periods)).toEqual(expected));

  it('finds series that are sums of others', () => {
    const values: Record<string, number[]> = { a: [1, 2], b: [10, 20], c: [100, 200], ab: [11, 22], ac: [101, 202] };
    const found = sumsOfOtherSeries(Object.keys(values), ['p', 'q'], (id, p) => values[id]![p === 'p' ? 0 : 1]);
    expect(Object.fromEntries(found)).toEqual({ ab: ['a', 'b'], ac: ['a', 'c'] });
  });
});

describe('periods written two ways', () => {
  // FY2012-13 and 2012-13 are one period: every lookup matches them, so the figures are the same.
  const withPrefix = (period: string) => (/^\d{4}-\d{2}$/.test(period) ? `FY${period}` : period);

  it('finds a series’ figures whichever way its periods are written', () => {
    const data = get('road-collisions-by-severity');
    // The fatal series first in the file, written with the prefix; the charts name each period as the last figure for it writes it.
    const rewritten = { ...data, observations: data.observations.map((o) => (o.series === 'fatal' ? { ...o, period: withPrefix(o.period) } : o)) };
    expect(rewritten.observations.some((o) => o.period.startsWith('FY'))).toBe(true);
    expect(indicatorFigures(rewritten)).toEqual(indicatorFigures(data));
  });

  it('fills and labels a single series whichever way its periods are written', () => {
    const base = { ...get('ksi-road-casualties-by-calendar-year'), title: 'Made-up figures', summary: undefined, series: [] };
    const observations = [
      { period: '2013-14', value: 5, source: 'x' },
      { period: '2014-15', value: 1, source: 'x' },
      { period: '2016-17', value: 4, source: 'x' },
      { period: '2017-18', value: 3, source: 'x' },
    ];
    const plain = indicatorFigures({ ...base, observations });
    const mixed = indicatorFigures({ ...base, observations: observations.map((o, i) => (i % 2 ? { ...o, period: withPrefix(o.period) } : o)) });
    // Everything a reader sees; only the marks' internal keys keep the periods as written.
    const text = (figures: FigureModel[]) => figures.map((f) => ({ ...f, chart: { labels: f.chart?.labels, tips: f.chart?.points.map((p) => p.tip) }, wideChart: { labels: f.wideChart?.labels, tips: f.wideChart?.points.map((p) => p.tip) } }));
    expect(text(mixed)).toEqual(text(plain));
    expect(cells(plain[0]!)).toContain('No figure published');
  });
});

describe('figures made once per dataset', () => {
  it('gives the same figures for the same data object, frozen, in a list the caller may change', () => {
    const data = get('road-collisions-by-severity');
    const first = indicatorFigures(data);
    const again = indicatorFigures(data);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(again[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0]!.chart!.rects[0])).toBe(true);
    expect(() => (first[0]!.tables[0]!.rows as unknown[]).push({})).toThrow(TypeError);
    first.pop();
    expect(indicatorFigures(data)).toHaveLength(again.length);
    // The dataset itself is never frozen.
    expect(Object.isFrozen(data.observations[0])).toBe(false);
  });

  it('makes new figures for a new data object', () => {
    const data = get('ksi-road-casualties-by-calendar-year');
    const changed = { ...data, observations: data.observations.map((o, i) => (i === 0 ? { ...o, value: 500 } : o)) };
    expect(indicatorFigures(changed)[0]!.description[0]).toContain('500 in 2010');
    expect(indicatorFigures(data)[0]!.description[0]).toContain('434 in 2010');
  });
});

describe('a month after the dashboard (April 2018, an INVENTED figure, with no published summary)', () => {
  const crime = get('all-recorded-crime');
  const april: Indicator = {
    ...crime,
    sources: { ...crime.sources, april: { title: 'Test: dashboard as at 30 April 2018', dataTo: '2018-04' } },
    observations: [...crime.observations, { period: '2018-04', value: 5012, source: 'april' }],
  };
  const figures = indicatorFigures(april);

  it('leads with March and April side by side, then April\'s summary, then March\'s as published', () => {
    expect(kinds(figures)).toEqual(['monthly:bar', 'summary:table', 'summary-2018-03:table', 'other:table']);
    expect(figures[0]!.tables[0]!.rows.map((r) => [r.header.text, r.cells[0]!.text])).toEqual([
      ['March 2018', '4,988'],
      ['April 2018', '5,012'],
    ]);
  });

  it('never claims the site knows April 2015 to 2017: no "No figure published" for months no source covers', () => {
    expect(figures.flatMap((f) => f.tables.flatMap((t) => t.rows.map((r) => r.header.text)))).not.toContain('April 2017');
  });

  it('works out only the year to date, and says why the rest is missing', () => {
    const summary = figures[1]!;
    expect(summary.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['5,012', 'Worked out by the site: the sum of the monthly figures'],
      ['Not published', 'The site holds too few monthly figures to work it out'],
      ['Not published', 'The site holds too few monthly figures to work it out'],
      ['Not published', 'The site holds too few monthly figures to work it out'],
    ]);
    expect(summary.tables[0]!.rows.map((r) => r.header.text)).toEqual([
      'Financial year to date: April 2018',
      'Same months a year earlier: April 2017',
      '12 months to April 2018',
      'The previous 12 months: 12 months to April 2017',
    ]);
    expect(summary.tables).toHaveLength(1);
    expect(summary.description).toEqual(['Nothing for April 2018 can be compared with a year earlier yet: a comparison needs a figure for every month it covers.']);
  });

  it('keeps March\'s published summary exactly as printed', () => {
    const march = figures[2]!;
    expect(march.title).toBe('All recorded crime: summary for March 2018, as published');
    expect(march.tables[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['66,192', '58,060', '66,192', '58,060']);
  });
});

describe('the data-date caption the dashboard prints with a summary', () => {
  it('goes with the summary, word for word', () => {
    const summary = indicatorFigures(get('satisfaction-with-service-delivery-police')).find((f) => f.key === 'summary')!;
    expect(summary.notes).toContain('Printed with these figures: “Victim Satisfaction Survey data to March 2018”.');
    const survey = indicatorFigures(get('how-safe-do-our-communities-feel')).find((f) => f.key === 'summary')!;
    expect(survey.notes).toContain('Printed with these figures: “Policing in Cambridgeshire Survey data to December 2017”.');
  });
  it('is left out where the dashboard prints none', () => {
    expect(indicatorFigures(get('all-recorded-crime')).find((f) => f.key === 'summary')!.notes.some((n) => n.startsWith('Printed with'))).toBe(false);
  });
});

describe('descriptions read as sentences', () => {
  it('says the figures of one year in a sentence, not a list of label, figure pairs', () => {
    const [figure] = indicatorFigures(get('roads-policing-unit-activity'));
    // Ten measures: a sentence naming all ten reads as a list, so it names the largest and smallest and points to the table.
    expect(figure!.description[0]).toBe('In 2014 there are figures for ten measures, each in the table below. The largest was 11,213 incidents attended, and the smallest was 523 people arrested.');
    expect(figure!.description.join(' ')).not.toMatch(/;/);
  });
  it('says each measure of periods of two kinds in a sentence', () => {
    const [figure] = indicatorFigures(get('road-safety-partnership-casualties'));
    expect(figure!.description).toEqual([
      'There were 432 KSI casualties in 2016 and 488 in the 12 months to October 2017.',
      'There were 22 child KSI casualties in 2016 and 36 in the 12 months to October 2017.',
      'There were 2,281 slight casualties in 2016 and 2,230 in the 12 months to October 2017.',
    ]);
    // Child KSI (22, 36) is not drawn on the scale of slight casualties (2,281).
    expect(figure!.notes[0]).toMatch(/own scale/);
  });
  it('says the dashboard rates against its baseline, as it prints it, not against the previous 12 months', () => {
    const summary = indicatorFigures(get('all-recorded-crime')).find((f) => f.key === 'summary')!;
    const rating = summary.description.find((s) => s.startsWith('The dashboard rates'))!;
    expect(rating).toMatch(/^The dashboard rates the 12 months to March 2018 as higher than the baseline/);
    expect(summary.description.join(' ')).not.toContain('previous 12 months');
  });
  it('does not repeat the dataset’s definition in each figure’s subtitle', () => {
    for (const id of ['all-recorded-crime', 'road-collisions-by-severity', 'ksi-road-casualties-by-calendar-year']) {
      const indicator = get(id);
      for (const figure of indicatorFigures(indicator)) expect(figure.subtitle, `${id} ${figure.key}`).not.toContain(indicator.definition.replace(/\.$/, ''));
    }
  });
});

describe('a source that gives no period', () => {
  it('names no period for the call volumes, only the date of the paper', () => {
    const [figure] = indicatorFigures(get('999-and-101-call-volumes'));
    const words = [figure!.subtitle, ...figure!.description, figure!.chartLabel ?? '', ...figure!.tables.flatMap((t) => [t.caption, ...t.columns.map((c) => c.text)])].join(' ');
    expect(words).not.toMatch(/(in|for) August 2016/i);
    expect(figure!.subtitle).toBe('The source does not say which period the figures cover; it is dated August 2016.');
    expect(figure!.tables[0]!.caption).toMatch(/period not stated/);
  });
});
