// npm run bench: how long npm run import takes to read one month of 5,000 synthetic items of spending (issue 17:
// "well under a second"). Synthetic data, written under .bench/ only; prints a figure, not a test.
import fs from 'node:fs';
import path from 'node:path';
import { planSpendImport } from '../../src/lib/authoring/import-spend.ts';

/** A synthetic spend CSV in the older LGA template: made-up suppliers and amounts, dates in March 2018. */
export function syntheticSpendCsv(rows: number): string {
  const lines = ['Body,Body name,Date,Transaction Number,Amount,Supplier,Supplier ID,Expense Area,Expense Type,Expense code,Extended Description'];
  for (let i = 0; i < rows; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const pence = 50_001 + ((i * 7_919) % 2_000_000);
    lines.push(`E00000000,Synthetic body,${day}/03/2018,${100_000 + i},"£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}",Synthetic supplier ${i % 700},S${i % 700},Area ${i % 12},Type ${i % 40},${4000 + (i % 40)},Synthetic item ${i}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Median seconds of planning the import of `rows` items (three runs, into an empty data folder). */
export function timeSpendImport(benchDir: string, rows = 5_000): { seconds: number; rows: number } {
  const root = path.join(benchDir, 'spend-import');
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(path.join(root, 'data'), { recursive: true });
  const csvText = syntheticSpendCsv(rows);
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const plan = planSpendImport({ csvFile: 'synthetic.csv', csvText, root, dataDir: path.join(root, 'data'), spentBy: 'pcc', published: '2018-04-20', sourceTitle: 'Synthetic benchmark month' });
    times.push((performance.now() - started) / 1000);
    if (plan.problems.length || plan.added !== rows) throw new Error(`the synthetic spend import failed: ${JSON.stringify(plan.problems.slice(0, 3))}`);
  }
  return { seconds: times.sort((a, b) => a - b)[1]!, rows };
}
