// The reference extraction of the five source documents (../shared/reference, beside the checkout).
// Tests use it as a fidelity check of data/ and of the built pages, never as an input of the site;
// a checkout without it skips those checks.
import fs from 'node:fs';
import path from 'node:path';

/** The reference folder: ../shared/reference beside the project. */
export const referenceDir = path.resolve(import.meta.dirname, '../../../shared/reference');

/** Whether the reference extraction is there; fidelity tests skip when it is not. */
export const hasReference = fs.existsSync(path.join(referenceDir, 'dashboard-2018-03.csv'));

/**
 * An indicator name as a key that ignores case, spacing and the kind of dash, so the dashboard's printed
 * "Satisfaction with Service Delivery - Police" matches the site's label "Satisfaction with service delivery – police".
 */
export function titleKey(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/\s[-\u2010-\u2015]\s/g, ' - ').trim().toLowerCase();
}

/** One CSV row, keyed by the header. */
export type ReferenceRow = Record<string, string>;

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) into rows keyed by header. */
export function parseCsv(text: string): ReferenceRow[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field), records.push(record), (record = []), (field = '');
    } else field += c;
  }
  if (field !== '' || record.length) record.push(field), records.push(record);
  const [header, ...body] = records.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header!.map((name, i) => [name, r[i] ?? ''])));
}

/** The rows of one reference CSV, or none when the reference is not beside the checkout. */
export function readReferenceCsv(file: string): ReferenceRow[] {
  if (!hasReference) return [];
  return parseCsv(fs.readFileSync(path.join(referenceDir, file), 'utf8'));
}

/** Turns the reference's period notation ("12m to 2018-03", "rolling 12m to 2018-03", "2016 (calendar year)") into the data-file syntax. */
export function referencePeriod(text: string): string {
  const value = text.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(?:rolling )?12m to (\d{4}-\d{2})$/.exec(value))) return `12m-to-${match[1]}`;
  if ((match = /^(\d{4}) \(calendar year\)$/.exec(value))) return match[1]!;
  if (/^\d{4}(-\d{2})?$/.test(value)) return value;
  throw new Error(`Period "${text}" has no equivalent in the data-file syntax`);
}
