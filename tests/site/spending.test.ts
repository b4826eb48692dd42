// The spending pages, on a temporary copy of the site with one synthetic month (tests/fixtures/spend/, imported
// here as npm run import would): the month page's totals equal the sums of the fixture rows, the downloads parse
// back to the same items, and the transparency index shows the month as published. Nothing is written to data/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { planSpendImport } from '../../src/lib/authoring/import-spend.ts';
import { parseCsv } from '../../src/lib/exports/csv.ts';
import { buildIntoTemporaryFolder, type TemporaryBuild } from '../helpers/build-site.ts';

const fixtures = path.resolve('tests/fixtures/spend');
let build: TemporaryBuild;
const read = (url: string) => fs.readFileSync(path.join(build.dist, url.replace(/\/$/, '/index.html')), 'utf8');
const page = (url: string) => parse(read(url));
const tableRows = (html: ReturnType<typeof parse>, caption: string) => {
  const table = html.querySelectorAll('table').find((t) => t.querySelector('caption')?.textContent.includes(caption));
  if (!table) throw new Error(`no table "${caption}"`);
  return table.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th')!.textContent.trim(), ...tr.querySelectorAll('td').map((td) => td.textContent.trim())]);
};

beforeAll(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-spend-site-'));
  const dataDir = path.join(root, 'data');
  fs.cpSync(path.resolve('data'), dataDir, { recursive: true });
  for (const [name, spentBy, creditNotes] of [['old-template-2018-03.csv', 'pcc', false], ['lga-2014-2018-03.csv', 'chief-constable', true]] as const) {
    const plan = planSpendImport({ csvFile: name, csvText: fs.readFileSync(path.join(fixtures, name), 'utf8'), root, dataDir, spentBy, creditNotes, published: '2018-04-20', sourceTitle: 'Synthetic spending over £500, March 2018 (test fixture)' });
    if (plan.problems.length) throw new Error(JSON.stringify(plan.problems));
    fs.mkdirSync(path.dirname(path.join(root, plan.file!)), { recursive: true });
    fs.writeFileSync(path.join(root, plan.file!), plan.text!);
  }
  build = buildIntoTemporaryFolder('spending', { DATA_DIR: dataDir, CONTENT_DIR: path.resolve('content'), SOURCE_DATE_EPOCH: '1526083200' });
  if (build.status !== 0) throw new Error(build.output);
});

describe('spending over £500 with a synthetic month', () => {
  it('lists the month with its total', () => {
    expect(tableRows(page('/transparency/spending/'), 'Months of spending')).toEqual([['March 2018', '8', '£24,064.79', '20 April 2018', 'CSV, March 2018, JSON, March 2018']]);
  });

  it('gives the month\'s totals by supplier and by category as the sums of the fixture rows', () => {
    const month = page('/transparency/spending/2018-03/');
    expect(tableRows(month, 'by supplier')).toEqual([
      ['Made-up Vehicles plc', '2', '£14,388.00'],
      ['Sample Cleaning Services', '2', '£5,285.00'],
      ['Example Fuels Ltd', '2', '£3,001.00'],
      ['Placeholder Stationers', '1', '£750.79'],
      ['Fictional Training Co', '1', '£640.00'],
    ]);
    expect(tableRows(month, 'by expense type')[0]).toEqual(['Vehicles', '2', '£14,388.00']);
    expect(tableRows(month, 'by who spent it')).toEqual([['Chief Constable', '3', '£15,028.00'], ["Commissioner's office", '5', '£9,036.79']]);
    expect(month.querySelector('caption')!.textContent).toContain('March 2018');
    expect(month.querySelectorAll('td.numeric').length).toBeGreaterThan(0);
    expect(gzipSync(read('/transparency/spending/2018-03/')).length).toBeLessThan(100 * 1024);
  });

  it('downloads parse back to the same items', () => {
    const csv = parseCsv(fs.readFileSync(path.join(build.dist, 'transparency/spending/spending-2018-03.csv'), 'utf8'));
    expect(csv.errors).toEqual([]);
    expect(csv.rows.map((r) => r.cells.amount)).toEqual(['1200.50', '1800.50', '2500.00', '750.79', '2785.00', '15000.00', '-612.00', '640.00']);
    const json = JSON.parse(fs.readFileSync(path.join(build.dist, 'transparency/spending/spending-all.json'), 'utf8'));
    expect(json.months[0].items).toHaveLength(8);
    expect(fs.readFileSync(path.join(build.dist, 'transparency/spending/spending-all.csv'), 'utf8')).toBe(fs.readFileSync(path.join(build.dist, 'transparency/spending/spending-2018-03.csv'), 'utf8'));
  });

  it('shows the requirement as published on the transparency index, linked to the month', () => {
    const row = page('/transparency/').querySelector('#spending-over-500')!;
    expect(row.textContent).toContain('Published');
    expect(row.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/transparency/spending/', '/transparency/spending/2018-03/']);
  });
});
