// The spend schema (src/schemas/spend.ts): valid and invalid months of spending. All data here is synthetic.
import { describe, expect, it } from 'vitest';
import { spendMonthSchema } from '../../../src/schemas/spend.ts';

const item = { spentBy: 'pcc', date: '2018-03-05', transactionNumber: 100001, amount: 1200.5, supplier: 'Example Fuels Ltd', expenseArea: 'Fleet', expenseType: 'Vehicle fuel', expenseCode: 4101 };
const month = { month: '2018-03', published: '2018-04-20', source: { title: 'Synthetic spending, March 2018' }, items: [item] };
const withItem = (changes: Record<string, unknown>) => ({ ...month, items: [{ ...item, ...changes }] });

describe('spendMonthSchema', () => {
  it('accepts a month and fills in creditNote, turning codes into text', () => {
    const parsed = spendMonthSchema.parse(month);
    expect(parsed.items[0]).toMatchObject({ creditNote: false, transactionNumber: '100001', expenseCode: '4101' });
  });

  it('accepts a credit note with a negative amount', () => expect(spendMonthSchema.safeParse(withItem({ amount: -612, creditNote: true })).success).toBe(true));

  describe.each([
    ['a negative amount that is not a credit note', withItem({ amount: -612 }), 'items.0.amount', 'must not be negative unless the item is a credit note'],
    ['a credit note with a positive amount', withItem({ amount: 612, creditNote: true }), 'items.0.amount', 'must be negative on a credit note'],
    ['fractions of a penny', withItem({ amount: 12.345 }), 'items.0.amount', 'at most two decimal places'],
    ['an impossible date', withItem({ date: '2018-02-31' }), 'items.0.date', 'real calendar date'],
    ['no supplier', withItem({ supplier: '' }), 'items.0.supplier', 'must not be empty'],
    ['an unknown spender', withItem({ spentBy: 'council' }), 'items.0.spentBy', 'pcc'],
    ['a month written as a date', { ...month, month: '2018-03-01' }, 'month', 'YYYY-MM'],
    ['no items', { ...month, items: [] }, 'items', 'at least one item'],
    ['an unknown field', withItem({ colour: 'blue' }), 'items.0', 'colour'],
  ])('refuses %s', (_name, data, path, message) => {
    it(`at ${path}`, () => {
      const result = spendMonthSchema.safeParse(data);
      expect(result.success).toBe(false);
      const issue = result.error!.issues.find((i) => i.path.join('.') === path);
      expect(issue, JSON.stringify(result.error!.issues)).toBeDefined();
      expect(`${issue!.message} ${JSON.stringify(issue)}`).toContain(message);
    });
  });
});
