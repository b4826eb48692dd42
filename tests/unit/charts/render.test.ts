// The chart components rendered with Astro's container API: an SVG snapshot per chart type, drawn
// from the fixtures (their sources are in fixtures.ts) and kept in __snapshots__/ so a change to a
// chart shows up as a diff of the picture; and every real dataset rendered as a reader gets it.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import ChartFigure from '../../../src/charts/ChartFigure.astro';
import ChartSvg from '../../../src/charts/ChartSvg.astro';
import ChartTable from '../../../src/charts/ChartTable.astro';
import IndicatorFigures from '../../../src/charts/IndicatorFigures.astro';
import IndicatorSparkline from '../../../src/charts/IndicatorSparkline.astro';
import { indicatorFigures } from '../../../src/charts/indicator-figures.ts';
import { figureText } from '../../../src/charts/figure-text.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';
import { fixtureCharts } from './fixtures.ts';

const root = new URL('../../../', import.meta.url).pathname;
const { indicators } = validateData(root, `${root}data`);
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** One element per line, so a snapshot diff points at the mark that moved. The script's dev-server address depends on the machine, so it is left out. */
const pretty = (html: string) => `${html.replace(/<script[^>]*><\/script>/g, '').replace(/><(?!\/)/g, '>\n<')}\n`;

describe('SVG snapshots', () => {
  it.each(Object.keys(fixtureCharts))('%s', async (name) => {
    const svg = await container.renderToString(ChartSvg, { props: { chart: fixtureCharts[name]!(), id: name, label: `Fixture chart: ${name}` } });
    await expect(pretty(svg)).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });

  it('a whole figure: KSI casualties 2010 to 2014', async () => {
    const ksi = indicators.find((i) => i.id === 'ksi-road-casualties-by-calendar-year')!;
    const html = await container.renderToString(ChartFigure, { props: { figure: indicatorFigures(ksi.data)[0]!, datasetId: ksi.id } });
    await expect(pretty(html)).toMatchFileSnapshot('./__snapshots__/figure-ksi-road-casualties-by-calendar-year.html');
  });
});

describe('an SVG chart', () => {
  it('is an image with a name and a description, and scales with its viewBox', async () => {
    const html = await container.renderToString(ChartSvg, { props: { chart: fixtureCharts['line-ksi-2010-2014']!(), id: 'k', label: 'Line chart: KSI', describedBy: 'k-description' } });
    const svg = parse(html).querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 260');
    expect(svg.getAttribute('aria-labelledby')).toBe('k-name');
    expect(svg.querySelector('title#k-name')!.text).toBe('Line chart: KSI');
    expect(svg.getAttribute('aria-describedby')).toBe('k-description');
  });
  it('uses classes, not inline styles or fixed colours, so CSS can restyle it for dark mode and print', async () => {
    for (const [name, make] of Object.entries(fixtureCharts)) {
      const html = await container.renderToString(ChartSvg, { props: { chart: make(), id: name, label: name } });
      expect(html, name).not.toMatch(/style=|fill="#|stroke="#/);
    }
  });
  it('hatches nothing: series differ by colour, order and labels', async () => {
    for (const [name, make] of Object.entries(fixtureCharts)) {
      const html = await container.renderToString(ChartSvg, { props: { chart: make(), id: name, label: name } });
      expect(html, name).not.toMatch(/<pattern|url\(#/);
    }
  });

});

describe('every dataset in data/indicators', () => {
  it.each(indicators.map((i) => [i.id, i] as const))('%s renders charts, tables, sources and downloads', async (id, indicator) => {
    const html = await container.renderToString(IndicatorFigures, { props: { indicator } });
    const doc = parse(html);
    const figures = doc.querySelectorAll('figure.chart-figure');
    expect(figures.length).toBeGreaterThan(0);

    const svgs = doc.querySelectorAll('svg[role="img"]');
    expect(svgs.length, 'at least one chart').toBeGreaterThan(0);
    for (const svg of svgs) {
      const title = svg.querySelector(`title#${svg.getAttribute('aria-labelledby')}`);
      expect(title?.text.length, 'accessible name').toBeGreaterThan(10);
      const description = doc.getElementById(svg.getAttribute('aria-describedby')!);
      expect(description?.text.trim().length, 'description').toBeGreaterThan(20);
    }

    const tables = doc.querySelectorAll('table');
    expect(tables.length, 'at least one table').toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.querySelector('caption')?.text.trim()).toBeTruthy();
      expect(table.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
      expect(table.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    }

    for (const figure of figures) {
      expect(figure.querySelector('figcaption h2, figcaption h3')?.text.trim()).toBeTruthy();
      expect(figure.querySelector('.chart-figure__subtitle')?.text.trim()).toBeTruthy();
      // A figure's own files: the chart as SVG and its figures as CSV; the dataset's downloads are said once, below.
      const links = figure.querySelectorAll('a').map((a) => a.getAttribute('href'));
      if (figure.querySelector('svg[role="img"]')) expect(links).toEqual(expect.arrayContaining([`/data/charts/${id}/${figure.id.split(`-${id}-`)[1]}.svg`]));
      expect(links).not.toContain(`/data/${id}.csv`);
      // Drawn narrow for phones and wide for wider screens, one of them shown by CSS.
      if (figure.querySelector('svg[role="img"]')) expect(figure.querySelectorAll('svg[role="img"]').map((s) => s.getAttribute('viewBox')!.split(' ')[2])).toEqual(['400', '720']);
    }
    // Sources, last updated and the dataset's downloads: once for the dataset, after its figures.
    const about = doc.querySelectorAll('.dataset-about');
    expect(about).toHaveLength(1);
    expect(about[0]!.text).toMatch(/Sources?.*Last updated.*Download the data/s);
    expect(about[0]!.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(about[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/data/${id}.csv`, `/data/${id}.json`]);
    expect(doc.querySelectorAll('a').filter((a) => a.getAttribute('href') === `/data/${id}.csv`)).toHaveLength(1);

    // Every figure the dataset publishes is in a table, written as the table writes it.
    const tableText = tables.map((t) => t.text).join(' ');
    const unitOf = (series?: string) => indicator.data.series.find((s) => s.id === series)?.unit ?? indicator.data.unit;
    for (const o of indicator.data.observations) expect(tableText, `${o.period} ${o.value}`).toContain(figureText(o.value, unitOf(o.series)));
    for (const a of indicator.data.alternatives) if (a.value !== undefined) expect(tableText).toContain(figureText(a.value, indicator.data.unit));

    // A strict Content-Security-Policy allows no inline styles or inline scripts.
    expect(html).not.toMatch(/style="|<script>(?!\s*<\/script>)|<script type="module">[^<]/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('gives element ids and table regions no two figures share, so every dataset can share a page', async () => {
    const html = (await Promise.all(indicators.map((indicator) => container.renderToString(IndicatorFigures, { props: { indicator } })))).join('');
    const doc = parse(html);
    const ids = doc.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
    const regions = doc.querySelectorAll('[role="region"]').map((e) => e.getAttribute('aria-label'));
    expect(regions.every((name) => name?.startsWith('Table: '))).toBe(true);
    expect(regions.filter((x, i) => regions.indexOf(x) !== i)).toEqual([]);
  });

  it('uses the heading level it is given', async () => {
    const indicator = indicators.find((i) => i.id === 'all-recorded-crime')!;
    const html = await container.renderToString(IndicatorFigures, { props: { indicator, headingLevel: 3 } });
    expect(parse(html).querySelectorAll('figcaption h3')).toHaveLength(2);
    expect(parse(html).querySelectorAll('.dataset-about h3')).toHaveLength(1);
  });
});

describe('IndicatorSparkline', () => {
  it('draws the dashboard’s four figures, named for screen readers, and says what the points are', async () => {
    const indicator = indicators.find((i) => i.id === 'all-recorded-crime')!;
    const html = parse(await container.renderToString(IndicatorSparkline, { props: { indicator } }));
    const svg = html.querySelector('svg')!;
    expect(svg.querySelectorAll('circle')).toHaveLength(4);
    expect(svg.querySelector('title')!.text).toBe('Small chart of All recorded crime, March of each year, 2015 to 2018, on a scale from zero: March 2015: 4,078; March 2016: 3,968; March 2017: 5,737; March 2018: 4,988.');
    expect(svg.querySelectorAll('text').map((t) => t.text.trim())).toEqual(['4,078Mar 2015', '4,988Mar 2018']);
    expect(html.querySelector('.sparkline__caption')!.text).toBe('March of each year, 2015 to 2018');
  });
  it('renders nothing for a dataset with no single run of figures', async () => {
    const indicator = indicators.find((i) => i.id === 'arrests-by-age-ethnicity-and-nationality')!;
    expect((await container.renderToString(IndicatorSparkline, { props: { indicator } })).trim()).toBe('');
  });
});

describe('a chart as a file of its own', () => {
  const ksi = () => indicators.find((i) => i.id === 'ksi-road-casualties-by-calendar-year')!;
  it('is an SVG document that looks right without the site’s CSS: colours and fonts inline, no classes, a title and description', async () => {
    const { chartSvgFile } = await import('../../../src/charts/chart-files.ts');
    const figure = indicatorFigures(ksi().data)[0]!;
    const file = chartSvgFile('ksi-road-casualties-by-calendar-year', figure);
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const svg = parse(file).querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 720 ${figure.wideChart!.height}`);
    expect(file).not.toMatch(/class=|var\(--|data-tip/);
    expect(svg.querySelector('path[stroke="#0072b2"]')).toBeTruthy();
    expect(svg.querySelectorAll('text').every((t) => t.getAttribute('fill') && t.getAttribute('font-family'))).toBe(true);
    expect(svg.querySelector('title')!.text).toBe(figure.chartLabel);
    expect(svg.querySelector('desc')!.text).toContain('fell from 434 in 2010 to 392 in 2014');
    expect(svg.querySelectorAll('text').map((t) => t.text)).toEqual(expect.arrayContaining(['434', '392', '2010', '2014']));
  });
  it('draws the same marks as the chart on the page', async () => {
    const { chartSvgFile } = await import('../../../src/charts/chart-files.ts');
    const figure = indicatorFigures(ksi().data)[0]!;
    const page = parse(await container.renderToString(ChartSvg, { props: { chart: figure.wideChart!, id: 'k', label: 'k' } }));
    const file = parse(chartSvgFile('k', figure));
    for (const selector of ['circle', 'path', 'text', 'line']) expect(file.querySelectorAll(selector).length, selector).toBe(page.querySelectorAll(selector).length);
  });
  it('offers its figures as CSV: the table’s rows, numbers without separators or “%”', async () => {
    const { tableCsv } = await import('../../../src/charts/chart-files.ts');
    const calls = indicators.find((i) => i.id === '999-calls-answered-within-10-seconds')!;
    const figure = indicatorFigures(calls.data).find((f) => f.key === 'same-month')!;
    expect(tableCsv(figure.tables[0]!).split('\r\n').slice(0, 2)).toEqual(['Month,Percentage', 'March 2015,95.6']);
    const roads = indicators.find((i) => i.id === 'roads-policing-unit-activity')!;
    expect(tableCsv(indicatorFigures(roads.data)[0]!.tables[0]!)).toContain('Incidents attended,11213');
  });
});

describe('ChartTable', () => {
  const cell = (text: string, numeric = false) => ({ text, numeric });
  const table = (columns: string[]) => ({
    caption: 'Made-up table',
    columns: columns.map((text) => ({ text })),
    rows: [{ header: cell('March 2018'), cells: columns.slice(1).map((c) => cell(`${c} text`)) }],
  });
  it('stacks a table of sources and notes on a phone, each cell under its column name', async () => {
    const html = parse(await container.renderToString(ChartTable, { props: { table: table(['Period', 'Percentage', 'Source', 'Note']), id: 't' } }));
    expect(html.querySelector('table')!.classList.contains('table--stack')).toBe(true);
    expect(html.querySelectorAll('td').map((td) => td.getAttribute('data-label'))).toEqual(['Percentage', 'Source', 'Note']);
  });
  it('keeps a table of figures as a table', async () => {
    const html = parse(await container.renderToString(ChartTable, { props: { table: table(['Month', 'Crimes']), id: 't' } }));
    expect(html.querySelector('table')!.classList.contains('table--stack')).toBe(false);
    expect(html.querySelector('td')!.getAttribute('data-label')).toBeUndefined();
  });
});
