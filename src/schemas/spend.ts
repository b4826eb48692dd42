import { z } from 'zod';
import { isoDate, sourceRef, text } from './common.ts';

// Field names follow the Local Government Association's spend layouts, so that an office's existing CSV exports
// import without renaming: the older template (Body, Body name, Date, Transaction Number, Amount, Supplier,
// Supplier ID, Expense Area, Expense Type, Expense code, Extended Description) and the layout in use since October
// 2014 (Body name, Transaction date, Supplier, Transaction number, Net amount, Irrecoverable VAT, Department or
// service, Procurement category, CIPFA expenditure code, Purpose of expenditure, Card transaction). The import maps
// both onto these fields (src/lib/authoring/import-spend.ts).

/** Who spent the money: the Commissioner's office or the Chief Constable (the Order asks for both). */
export const spentByValues = ['pcc', 'chief-constable'] as const;
export type SpentBy = (typeof spentByValues)[number];

/** A sum in pounds and pence: a number with at most two decimal places. */
export const pounds = z
  .number({ error: 'must be an amount in pounds and pence, written as a number such as 1234.56 (no £ sign or commas)' })
  .refine((value) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6, { error: 'must have at most two decimal places (pence), for example 1234.56' });

/** A month written YYYY-MM. */
export const month = z
  .string({ error: 'must be a month written YYYY-MM in quotes, for example "2018-03"' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written YYYY-MM, for example "2018-03"' });

/** One item of spending: one line of the monthly spend CSV. */
export const spendItemSchema = z
  .strictObject({
    /** Who spent it: pcc (the Commissioner's office) or chief-constable. */
    spentBy: z.enum(spentByValues, { error: 'must be pcc (the Commissioner\'s office) or chief-constable' }),
    /** "Body": the code of the body that spent it, as exported, for example an ONS code. */
    body: text.optional(),
    /** "Body name": the name of the body that spent it, for example "Police and Crime Commissioner for Cambridgeshire". */
    bodyName: text.optional(),
    /** "Date" or "Transaction date": the date of the transaction, written YYYY-MM-DD. */
    date: isoDate,
    /** "Transaction Number": the reference of the transaction in the finance system, to quote in enquiries. */
    transactionNumber: z.union([text, z.number()], { error: 'must be the transaction number as text' }).transform(String).optional(),
    /** "Amount" or "Net amount": the value in pounds and pence, net of VAT that can be recovered. Negative only for a credit note. */
    amount: pounds,
    /** "Irrecoverable VAT": VAT that cannot be recovered, in pounds and pence, when the export gives it. */
    irrecoverableVat: pounds.optional(),
    /** "Supplier": who was paid, as published (the export may say "Redacted personal data"). */
    supplier: text,
    /** "Supplier ID": the supplier's reference in the finance system. */
    supplierId: z.union([text, z.number()], { error: 'must be the supplier id as text' }).transform(String).optional(),
    /** "Expense Area" or "Department or service": the part of the organisation that spent it. */
    expenseArea: text,
    /** "Expense Type" or "Procurement category": the category of spending, for example "Vehicle fuel". */
    expenseType: text,
    /** "Expense code" or "CIPFA expenditure code": the account code of the expense type. */
    expenseCode: z.union([text, z.number()], { error: 'must be the expense code as text' }).transform(String).optional(),
    /** "Extended Description" or "Purpose of expenditure": what the money was for, in words. */
    description: text.optional(),
    /** "Card transaction": true for a payment by purchasing card. */
    cardTransaction: z.boolean({ error: 'must be true or false' }).optional(),
    /** True for a credit note (money back from a supplier), the only item whose amount may be negative. */
    creditNote: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .superRefine((item, ctx) => {
    if (item.amount < 0 && !item.creditNote) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'must not be negative unless the item is a credit note: correct the amount, or add creditNote: true if the supplier credited the money back' });
    }
    if (item.creditNote && item.amount >= 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'must be negative on a credit note (money back), for example -612.00; or remove creditNote: true' });
    }
  });
export type SpendItem = z.infer<typeof spendItemSchema>;

/** A month of spending over £500, in data/spend/<YYYY-MM>.yaml. Its id is the month. */
export const spendMonthSchema = z.strictObject({
  /** The month the items are published for, written "2018-03"; the same as the file name. */
  month,
  /** The date this month's spending was published, written YYYY-MM-DD. */
  published: isoDate,
  /** The document or export the items come from, for example "Spending over £500, March 2018 (CSV)". */
  source: sourceRef,
  /** The items of spending, in the order of the export. */
  items: z.array(spendItemSchema, { error: 'must be a list of items of spending' }).min(1, { error: 'must list at least one item; a month with no spending over £500 is left out' }),
});
export type SpendMonth = z.infer<typeof spendMonthSchema>;
