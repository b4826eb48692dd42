// npm run import on a month of spending over £500, in both LGA layouts, on the synthetic CSVs in tests/fixtures/spend/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSpendHeader, planSpendImport, readAmount, readSpendDate, type SpendImportOptions } from '../../../src/lib/authoring/import-spend.ts';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/spend');
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
function emptyData(): { root: string; dataDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-spend-import-'));
  made.push(root);
  fs.mkdirSync(path.join(root, 'data'));
  return { root, dataDir: path.join(root, 'data') };
}
const options = { spentBy: 'pcc', published: '2018-04-20', sourceTitle: 'Synthetic spending over £500, March 2018' };
function importFixture(name: string, extra: Partial<SpendImportOptions> = {}, where = emptyData()) {
  const plan = planSpendImport({ csvFile: name, csvText: fs.readFileSync(path.join(fixtures, name), 'utf8'), ...where, ...options, ...extra });
  return { plan, where, problems: plan.problems.map(formatProblem) };
}
const write = (plan: { file?: string; text?: string }, root: string) => {
  fs.mkdirSync(path.dirname(path.join(root, plan.file!)), { recursive: true });
  fs.writeFileSync(path.join(root, plan.file!), plan.text!);
};

describe('reading cells', () => {
  it.each([
    ['1234.56', 1234.56],
    ['£1,234.56', 1234.56],
    ['-612.00', -612],
    ['−£612.00', -612],
    ['(612.00)', -612],
    ['7956.420000000001', 7956.42],
  ])('reads the amount %s', (text, pounds) => expect(readAmount(text)).toEqual({ pounds }));
  it.each(['12.345', 'about £600', '1,23.00'])('refuses the amount %s', (text) => expect(readAmount(text)).toHaveProperty('problem'));
  it.each([
    ['05/03/2018', '2018-03-05'],
    ['5/3/2018', '2018-03-05'],
    ['2018-03-05', '2018-03-05'],
    ['2017-10-02 00:00:00', '2017-10-02'],
  ])('reads the date %s', (text, date) => expect(readSpendDate(text)).toEqual({ date }));
  it('says why 31/02/2018 is not a date', () => expect(readSpendDate('31/02/2018')).toMatchObject({ problem: expect.stringContaining('February 2018 has 28 days') }));
  it('recognises spend headers and not figures', () => {
    expect(isSpendHeader('Body,Body name,Date,Transaction Number,Amount,Supplier,Supplier ID,Expense Area,Expense Type,Expense code,Extended Description'.split(','))).toBe(true);
    expect(isSpendHeader(['Body name', 'Transaction date', 'Supplier', 'Net amount', 'Procurement category'])).toBe(true);
    expect(isSpendHeader(['indicator', 'period', 'value'])).toBe(false);
  });
});

describe('importing a month', () => {
  it('reads the older template with dd/mm/yyyy dates, and writes a month the content check accepts', () => {
    const { plan, where, problems } = importFixture('old-template-2018-03.csv');
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({ month: '2018-03', added: 5, pence: 903679, isNewFile: true, file: path.join('data', 'spend', '2018-03.yaml') });
    write(plan, where.root);
    const data = validateData(where.root, where.dataDir);
    expect(data.problems.map(formatProblem)).toEqual([]);
    expect(data.spend[0]!.data.items.map((i) => i.date)).toEqual(['2018-03-05', '2018-03-12', '2018-03-14', '2018-03-20', '2018-03-28']);
    expect(data.spend[0]!.data.items[0]).toMatchObject({ body: 'E23000026', transactionNumber: '100001', amount: 1200.5, supplierId: 'S001', expenseCode: '4101', description: 'Fuel for patrol cars' });
  });

  it('reads the 2014 layout, a credit note with --credit-notes, and keeps the other spender\'s items', () => {
    const first = importFixture('old-template-2018-03.csv');
    write(first.plan, first.where.root);
    const { plan, problems } = importFixture('lga-2014-2018-03.csv', { spentBy: 'chief-constable', creditNotes: true }, first.where);
    expect(problems).toEqual([]);
    expect(plan).toMatchObject({ added: 3, kept: 5, creditNotes: 1, pence: 1502800 });
    write(plan, first.where.root);
    const month = validateData(first.where.root, first.where.dataDir).spend[0]!.data;
    expect(month.items).toHaveLength(8);
    expect(month.items.find((i) => i.transactionNumber === 'T-9002')).toMatchObject({ amount: -612, creditNote: true, spentBy: 'chief-constable', cardTransaction: false });
    expect(month.items.find((i) => i.transactionNumber === 'T-9003')).toMatchObject({ irrecoverableVat: 12, expenseArea: 'Training', expenseType: 'Training courses', expenseCode: '6001', cardTransaction: true });
  });

  it('refuses a second import of the same spender\'s month without --replace, and replaces with it', () => {
    const first = importFixture('old-template-2018-03.csv');
    write(first.plan, first.where.root);
    expect(importFixture('old-template-2018-03.csv', {}, first.where).problems.join('\n')).toContain('--replace  is not given');
    expect(importFixture('old-template-2018-03.csv', { replace: true }, first.where).plan).toMatchObject({ added: 5, replaced: 5, kept: 0 });
  });

  it('refuses the bad rows, each at its line and column, with how to fix it', () => {
    const { problems, plan } = importFixture('bad-rows.csv');
    expect(plan.text).toBeUndefined();
    expect(problems).toEqual([
      expect.stringMatching(/^bad-rows\.csv:2 {2}Amount \(column E\) {2}is "-750\.00", a negative amount — .*credit notes over £500.*--credit-notes/),
      expect.stringMatching(/^bad-rows\.csv:3 {2}Date \(column C\) {2}is "31\/02\/2018", which is not a real date: February 2018 has 28 days/),
      expect.stringMatching(/^bad-rows\.csv:4 {2}Supplier \(column F\) {2}is empty — give who was paid/),
    ]);
  });

  it('refuses unknown headers and suggests the nearest known names', () => {
    const problems = importFixture('unknown-header.csv').problems.join('\n');
    expect(problems).toContain('Suplier (column C)  is not a column of the LGA spend layouts — did you mean "Supplier"');
    expect(problems).toContain('Invoice colour (column F)  is not a column of the LGA spend layouts');
    expect(problems).toContain('has no "Supplier"');
  });

  it('refuses missing options, each with an example', () => {
    const problems = importFixture('old-template-2018-03.csv', { spentBy: undefined, published: '20/04/2018', sourceTitle: undefined }).problems;
    expect(problems).toEqual([
      expect.stringContaining('npm run import  --spent-by  is missing — say who spent the money'),
      expect.stringContaining('npm run import  --published  is "20/04/2018" — must be a real date written YYYY-MM-DD'),
      expect.stringContaining('npm run import  --source-title  is missing'),
    ]);
  });
});
