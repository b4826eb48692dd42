// Fixture data for the chart tests: real figures from the source papers, each with where it was
// found (seed file and lines in ../shared/seeds, the numbering of `sed -n 'A,Bp'`). The same
// figures are in data/indicators; they are copied here so a data edit cannot change a snapshot.
import { barChart } from '../../../src/charts/bar-chart.ts';
import { groupedBarChart } from '../../../src/charts/grouped-bar-chart.ts';
import type { ChartGeometry } from '../../../src/charts/layout.ts';
import { lineChart, lineChartPanels, type Category } from '../../../src/charts/line-chart.ts';
import { sameMonthChart } from '../../../src/charts/same-month-chart.ts';
import { stackedBarChart } from '../../../src/charts/stacked-bar-chart.ts';
import { labelPeriod } from '../../../src/lib/statistics/periods.ts';

/** People killed or seriously injured on the roads, Cambridgeshire, 2010-2014. Police and Crime Panel, 18 March 2015, para 5.4.5: 000_cecc610ec43defe6.txt L104-108. */
export const ksiByYear = [
  { period: '2010', value: 434 },
  { period: '2011', value: 413 },
  { period: '2012', value: 381 },
  { period: '2013', value: 393 },
  { period: '2014', value: 392 },
];

/** All Recorded Crime in March 2015-2018 (dashboard as at 31 March 2018): 003_fb41d39676398315.txt L1067-1089. */
export const recordedCrimeMarch = [
  { period: '2015-03', value: 4078 },
  { period: '2016-03', value: 3968 },
  { period: '2017-03', value: 5737 },
  { period: '2018-03', value: 4988 },
];

/** 999 calls answered within 10 seconds, March 2015-2018, and the 12 months to March 2018 (93.8%): 003_fb41d39676398315.txt L1610-1632. */
export const calls999March = [
  { period: '2015-03', value: 95.6 },
  { period: '2016-03', value: 96.6 },
  { period: '2017-03', value: 91.2 },
  { period: '2018-03', value: 95.6 },
];
export const calls999Rolling = 93.8;

/** Cracked trial rate, March 2017 and 2018; the dashboard prints "-" for 2015 and 2016: 003_fb41d39676398315.txt L1456-1478. */
export const crackedTrialsMarch = [
  { period: '2015-03', value: null },
  { period: '2016-03', value: null },
  { period: '2017-03', value: 43.8 },
  { period: '2018-03', value: 28.4 },
];

/** Road collisions by financial year, Cambridgeshire and Peterborough: 003_fb41d39676398315.txt L5987-6045 (and Appendix A, L6453-6511). */
export const collisionYears: Category[] = ['2012-13', '2013-14', '2014-15', '2015-16', '2016-17'].map((p) => ({ key: p, lines: [p], name: p }));
export const collisions = [
  { id: 'fatal', label: 'Fatal collisions', values: [32, 29, 33, 32, 32] },
  { id: 'serious-stats19', label: 'Serious injury collisions (STATS19, police-recorded)', values: [297, 324, 284, 306, 382] },
  { id: 'severe-mais3', label: 'Severe injury collisions (MAIS 3+, TARN hospital data)', values: [51, 51, 53, 44, 37] },
];
/** The table's own totals: KSI = fatal + serious; killed + severe = fatal + severe. Same lines. */
export const collisionTotals = [
  { id: 'ksi', label: 'KSI collisions', values: [329, 353, 317, 338, 414] },
  { id: 'killed-and-severe', label: 'Killed + severe collisions', values: [83, 80, 86, 76, 69] },
];

/** Arrests by age, March 2018 (of 931) and the 12 months to March 2018 (of 11,808), with the printed "Juveniles" subtotal: 003_fb41d39676398315.txt L3612-3688. */
export const arrestsByAge = {
  bars: [
    { key: '2018-03', lines: ['March 2018 (931 arrests)'], name: 'March 2018' },
    { key: '12m-to-2018-03', lines: ['12 months to March 2018 (11,808 arrests)'], name: '12 months to March 2018' },
  ],
  parts: [
    { label: '14 and under', values: [0.9, 1.2] },
    { label: '15-17', values: [4.2, 5.5] },
    { label: '18-25', values: [25.2, 24.5] },
    { label: '26-35', values: [35.8, 32.6] },
    { label: '36-45', values: [18.2, 20.6] },
    { label: '46-55', values: [10.3, 10.6] },
    { label: 'Over 55', values: [4.6, 3.7] },
    { label: 'Not known', values: [0.9, 1.2] },
    { label: 'Juveniles (14 and under + 15-17)', values: [5, 6.7], subtotal: true },
  ],
};

/** Roads Policing Unit activity in 2014 (first four figures): Police and Crime Panel, 18 March 2015, para 5.4.2: 000_cecc610ec43defe6.txt L93. */
export const roadsPolicing2014 = [
  { key: 'incidents-attended', label: 'Incidents attended', value: 11213 },
  { key: 'collisions-dealt-with', label: 'Collisions dealt with', value: 2614 },
  { key: 'motorists-reported', label: 'Motorists reported for road-related offences', value: 10704 },
  { key: 'people-arrested', label: 'People arrested', value: 523 },
];

/** Average length of investigation, 12 months to March 2017 and 2018, in days: performance report of 10 May 2018, 003_fb41d39676398315.txt L642-643. */
export const investigationDays = [
  { period: '12m-to-2017-03', value: 66 },
  { period: '12m-to-2018-03', value: 84 },
];

/** SYNTHETIC, for the layout tests only: 24 months of made-up counts, a peak and a trough among them. */
export const madeUpMonths = Array.from({ length: 24 }, (_, i) => {
  const month = ((6 + i) % 12) + 1;
  const year = 2016 + Math.floor((6 + i) / 12);
  return { period: `${year}-${String(month).padStart(2, '0')}`, value: i === 8 ? 5737 : i === 7 ? 4489 : 4800 + ((i * 37) % 250) };
});

export const periodCategories = (periods: { period: string }[]): Category[] => periods.map((p) => ({ key: p.period, lines: [labelPeriod(p.period)], name: labelPeriod(p.period) }));
const percent = { value: (v: number) => `${v.toFixed(1)}%`, tick: (v: number, d: number) => `${v.toFixed(d)}%` };

/** SYNTHETIC, for the collision tests: Road Safety Partnership figures (KSI, child KSI, slight casualties, 2016 and the 12 months to October 2017; data/indicators/road-safety-partnership-casualties.yaml, 003_fb41d39676398315.txt L6557-6560), measures of very different size. */
export const roadSafetyPartnership = {
  groups: [
    { key: 'ksi', lines: ['KSI casualties'], name: 'KSI casualties' },
    { key: 'child-ksi', lines: ['Child KSI casualties'], name: 'Child KSI casualties' },
    { key: 'slight', lines: ['Slight casualties'], name: 'Slight casualties' },
  ],
  series: [
    { id: '2016', label: '2016', values: [432, 22, 2281] },
    { id: '12m-to-2017-10', label: '12 months to October 2017', values: [488, 36, 2230] },
  ],
};

/** Every chart the fixtures make, by name: the geometry tests check them and the snapshot tests draw them. */
export const fixtureCharts: Record<string, () => ChartGeometry> = {
  'line-ksi-2010-2014': () => lineChart({ categories: periodCategories(ksiByYear), series: [{ id: 'ksi', label: 'KSI casualties', values: ksiByYear.map((p) => p.value) }] }, { axisTitle: 'Casualties' }),
  'line-two-series-collision-totals': () => lineChart({ categories: collisionYears, series: collisionTotals }, { axisTitle: 'Collisions' }),
  'line-24-made-up-months': () => lineChart({ categories: periodCategories(madeUpMonths), series: [{ id: 'made-up', label: 'Made-up counts', values: madeUpMonths.map((p) => p.value) }] }, { axisTitle: 'Crimes' }),
  'bar-investigation-days': () => barChart({ categories: periodCategories(investigationDays), values: investigationDays.map((p) => p.value) }, { axisTitle: 'Days', highlight: [1] }),
  'bar-horizontal-roads-policing-2014': () => barChart({ categories: roadsPolicing2014.map((r) => ({ key: r.key, lines: [r.label], name: r.label })), values: roadsPolicing2014.map((r) => r.value) }, { orientation: 'horizontal' }),
  'same-month-recorded-crime': () => sameMonthChart({ points: recordedCrimeMarch }, { axisTitle: 'Crimes' }),
  'same-month-999-with-reference': () => sameMonthChart({ points: calls999March }, { format: percent, reference: { value: calls999Rolling, label: '12 months to March 2018: 93.8%' } }),
  'same-month-cracked-trials-gaps': () => sameMonthChart({ points: crackedTrialsMarch }, { format: percent }),
  'grouped-collisions': () => groupedBarChart({ groups: collisionYears, series: collisions }),
  'stacked-arrests-by-age': () => stackedBarChart(arrestsByAge),
};


const percentAxis = { ...percent, ceiling: 100 };
/**
 * SYNTHETIC fixtures chosen to provoke collisions: figures equal to the reference line or just under it, figures
 * at the top of a nice scale, 100%, many categories, and measures of very different size. Each is drawn at both
 * widths, as the site draws every chart.
 */
export const collisionCharts: Record<string, (width: number) => ChartGeometry> = {
  'columns equal to the reference line': (width) => sameMonthChart({ points: [{ period: '2015-03', value: 93.8 }, { period: '2016-03', value: 93.8 }, { period: '2017-03', value: 91.2 }, { period: '2018-03', value: 95.6 }] }, { format: percentAxis, reference: { value: 93.8, label: '12 months: 93.8%' }, width }),
  'columns just under the reference line (999 calls)': (width) => sameMonthChart({ points: calls999March }, { format: percentAxis, reference: { value: 93.8, label: 'r' }, width }),
  'columns just under the reference line (minutes)': (width) => sameMonthChart({ points: [{ period: '2015-03', value: 13 }, { period: '2016-03', value: 14 }, { period: '2017-03', value: 15 }, { period: '2018-03', value: 16 }] }, { axisTitle: 'Minutes', reference: { value: 15, label: 'r' }, width }),
  'columns at the top of the scale': (width) => barChart({ categories: periodCategories(ksiByYear), values: [400, 500, 1000, 750, 1000] }, { axisTitle: 'Casualties', width }),
  'columns at 100%': (width) => barChart({ categories: periodCategories(investigationDays), values: [100, 99.5] }, { format: percentAxis, width }),
  'line equal to the reference line': (width) => lineChart({ categories: periodCategories(ksiByYear), series: [{ id: 'a', label: 'A', values: [400, 400, 395, 405, 400] }] }, { reference: { value: 400, label: 'r' }, width }),
  'line at the top of the scale': (width) => lineChart({ categories: periodCategories(ksiByYear), series: [{ id: 'a', label: 'A', values: [100, 80, 100, 60, 100] }] }, { format: percentAxis, width }),
  'two lines that meet': (width) => lineChart({ categories: collisionYears, series: [{ id: 'a', label: 'Fatal collisions', values: [32, 29, 33, 32, 32] }, { id: 'b', label: 'Severe injury collisions (MAIS 3+)', values: [51, 30, 33, 44, 32] }] }, { axisTitle: 'Collisions', width }),
  'lines of very different size (small multiples)': (width) => lineChartPanels({ categories: collisionYears, series: collisions }, { axisTitle: 'Collisions', width }),
  'a long run with a reference line': (width) => lineChart({ categories: periodCategories(madeUpMonths), series: [{ id: 'm', label: 'Made-up counts', values: madeUpMonths.map((p) => p.value) }] }, { reference: { value: 4900, label: 'r' }, width }),
  'measures of very different size (own scales)': (width) => groupedBarChart(roadSafetyPartnership, { scales: 'each-group', width }),
  'many categories (13 nationality groups)': (width) =>
    stackedBarChart({ bars: arrestsByAge.bars, parts: Array.from({ length: 13 }, (_, i) => ({ label: `Group ${i + 1}`, values: [i === 7 ? 52.6 : 3.6, i === 7 ? 60 : 3.1] })) }, { width }),
  'stacked shares': (width) => stackedBarChart(arrestsByAge, { width }),
  'horizontal bars': (width) => barChart({ categories: roadsPolicing2014.map((r) => ({ key: r.key, lines: [r.label], name: r.label })), values: roadsPolicing2014.map((r) => r.value) }, { orientation: 'horizontal', width }),
};
