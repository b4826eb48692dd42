import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv } from '../../../src/lib/exports/csv.ts';
import { datasetCsv, datasetJson, datasetRows } from '../../../src/lib/exports/dataset-export.ts';
import { indicatorSchema } from '../../../src/schemas/indicator.ts';

const load = (id: string) => indicatorSchema.parse(parse(fs.readFileSync(`data/indicators/${id}.yaml`, 'utf8')));

describe('datasetCsv', () => {
  it('has one row per figure: the four March values and the eight summary cells of All Recorded Crime', () => {
    const csv = datasetCsv('all-recorded-crime', load('all-recorded-crime'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('dataset,record,period,period_label,series,dimension,category,value,judgement,unit,counting,is_subtotal,source,note');
    expect(lines.filter((l) => l.includes(',observation,'))).toHaveLength(4);
    expect(lines).toContain('all-recorded-crime,observation,2018-03,March 2018,,,,4988,,count,crimes,,"Business Coordination Board, 10 May 2018, item 5.0: Police and Crime Plan dashboard as at 31 March 2018",');
    expect(lines.some((l) => l.includes(',summary,2018-03,') && l.includes(',rolling 12 months,66192,'))).toBe(true);
  });

  it('writes breakdown shares with the total they are shares of, and flags subtotals', () => {
    const rows = datasetRows('arrests', load('arrests-by-age-ethnicity-and-nationality'));
    const breakdown = rows.filter((r) => r.record === 'breakdown');
    expect(breakdown.length).toBeGreaterThan(20);
    expect(breakdown.some((r) => r.is_subtotal === true)).toBe(true);
    expect(breakdown.some((r) => r.counting === 'share of 931')).toBe(true);
  });

  it('keeps figures that another source gives differently, with that source', () => {
    const rows = datasetRows('999', load('999-calls-answered-within-10-seconds'));
    const other = rows.filter((r) => r.record === 'figure from another source');
    expect(other.map((r) => r.value)).toContain(94.4);
  });
});

describe('datasetCsv with text a spreadsheet would run', () => {
  const hostile = indicatorSchema.parse({
    ...load('arrests-by-age-ethnicity-and-nationality'),
    unit: { kind: 'count', of: '=cmd|' + "' /C calc'!A0" },
    sources: { s: { title: '@SUM(A1)' } },
    observations: [{ period: '2018-03', value: 5, source: 's', note: '+1+1' }],
    summaries: [],
    alternatives: [],
    breakdowns: [{ dimension: 'age', period: '2018-03', categories: [{ category: '-cmd', percent: 100 }], note: '=HYPERLINK("http://x","y")', source: 's' }],
  });
  const table = parseCsv(datasetCsv('x', hostile));

  it('writes every category, note, unit and source title through the one cell encoder', () => {
    const [observation, breakdown] = table.rows.map((r) => r.cells);
    expect(observation).toMatchObject({ counting: "'=cmd|' /C calc'!A0", source: "'@SUM(A1)", note: "'+1+1", value: '5' });
    expect(breakdown).toMatchObject({ category: "'-cmd", note: `'=HYPERLINK("http://x","y")`, value: '100' });
    for (const row of table.rows) for (const cell of Object.values(row.cells)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?![\d.])/);
  });
});

describe('datasetJson', () => {
  it('publishes the dataset with its id and the Open Government Licence, without extraction notes', () => {
    const json = JSON.parse(datasetJson('all-recorded-crime', load('all-recorded-crime')));
    expect(json.id).toBe('all-recorded-crime');
    expect(json.licence.name).toBe('Open Government Licence v3.0');
    expect(json.observations).toHaveLength(4);
    expect(json.provenance).toBeUndefined();
  });
});

describe('editors\' notes stay out of the downloads', () => {
  const ids = fs.readdirSync('data/indicators').filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  const withEditorNotes = ids.filter((id) => load(id).editorNotes.length > 0);

  it('has real datasets with editors\' notes to check', () => expect(withEditorNotes.length).toBeGreaterThan(5));

  it.each(withEditorNotes)('%s: neither the CSV nor the JSON holds an editor\'s note', (id) => {
    const indicator = load(id);
    const csv = datasetCsv(id, indicator);
    const json = datasetJson(id, indicator);
    expect(JSON.parse(json).editorNotes).toBeUndefined();
    for (const note of indicator.editorNotes) {
      expect(csv).not.toContain(note);
      expect(JSON.parse(json).notes ?? []).not.toContain(note);
      expect(json).not.toContain(JSON.stringify(note).slice(1, -1));
    }
  });

  it('a made-up note is left out too, while the public notes are kept', () => {
    const indicator = { ...load('all-recorded-crime'), editorNotes: ['Checked against the PDF by hand: row 3 was hard to read.'] };
    const json = datasetJson('all-recorded-crime', indicator);
    expect(json).not.toContain('hard to read');
    expect(datasetCsv('all-recorded-crime', indicator)).not.toContain('hard to read');
    expect(JSON.parse(json).notes).toEqual(indicator.notes);
  });
});

describe('the value column', () => {
  it("holds only numbers: the dashboard's ratings are in the judgement column", () => {
    const table = parseCsv(datasetCsv('all-recorded-crime', load('all-recorded-crime')));
    expect(table.errors).toEqual([]);
    const cells = (column: string) => table.rows.map((row) => row.cells[column] ?? '').filter((cell) => cell !== '');
    expect(cells('value').filter((cell) => !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
    expect(cells('judgement')).toEqual(expect.arrayContaining(['comparable', 'higher']));
  });
});
