// CSV as spreadsheets export it (RFC 4180), keeping the line each record starts on so that
// every message can point at the line the analyst sees in a text editor; and the one cell encoder of the downloads.

/** One data row: its cells by lower-case column name, and the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A parsed CSV file: column names as written (trimmed), and the data rows. */
export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  /** Problems with the file's shape: rows with more cells than there are columns, an unclosed quote. */
  errors: { line: number; column?: number; message: string }[];
}

/**
 * Parse CSV text: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF line
 * ends and a byte-order mark (Excel writes one). Blank lines are skipped. Cells are trimmed.
 */
export function parseCsv(text: string): CsvTable {
  const source = text.replace(/^\uFEFF/, '');
  const records: { line: number; cells: string[] }[] = [];
  const errors: CsvTable['errors'] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: recordLine, cells: cells.map((c) => c.trim()) });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
    } else if (c === '"') (quoted = true), (quoteLine = line);
    else if (c === ',') cells.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else cell += c;
  }
  if (quoted) errors.push({ line: quoteLine, message: 'has a quote " that is never closed' });
  if (cell !== '' || cells.length) endRecord();

  const [header, ...body] = records;
  if (!header) return { columns: [], rows: [], errors };
  const columns = header.cells;
  const keys = columns.map((name) => name.toLowerCase());
  const rows = body.map((record) => {
    if (record.cells.length > columns.length && record.cells.slice(columns.length).some((c) => c !== '')) {
      errors.push({ line: record.line, column: columns.length + 1, message: `has ${record.cells.length} cells but the header names ${columns.length} columns` });
    }
    return { line: record.line, cells: Object.fromEntries(keys.map((key, i) => [key, record.cells[i] ?? ''])) };
  });
  return { columns, rows, errors };
}

/** Spreadsheet-style column letter for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// A spreadsheet reads a cell that starts with one of these as a formula (or, with tab and carriage return, as the
// start of one after its own trimming), which can fetch addresses or run commands when the download is opened.
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One CSV cell as written: text that a spreadsheet would take for a formula gets a leading ' (OWASP's advice; numbers
 * such as -3.5 are left as numbers), then the cell is quoted when it holds a quote, comma or line break (RFC 4180).
 */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text) && !plainNumber.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
