import { describe, expect, it } from 'vitest';
import { columnLetter, csvField, parseCsv } from '../../../src/lib/exports/csv.ts';

describe('parseCsv', () => {
  it('reads a header and rows, keyed by lower-case column name, with the line each row starts on', () => {
    const table = parseCsv('Indicator,Period,Value\nall-recorded-crime,2018-04,5012\n\nburglary-dwelling,2018-04,145\n');
    expect(table.columns).toEqual(['Indicator', 'Period', 'Value']);
    expect(table.rows).toEqual([
      { line: 2, cells: { indicator: 'all-recorded-crime', period: '2018-04', value: '5012' } },
      { line: 4, cells: { indicator: 'burglary-dwelling', period: '2018-04', value: '145' } },
    ]);
    expect(table.errors).toEqual([]);
  });

  it.each([
    ['quoted commas and doubled quotes', 'a,b\n"4,988","He said ""no"""\n', { a: '4,988', b: 'He said "no"' }, 2],
    ['Windows line ends and a byte-order mark', '\uFEFFa,b\r\n1,2\r\n', { a: '1', b: '2' }, 2],
    ['no line end after the last row', 'a,b\n1,2', { a: '1', b: '2' }, 2],
    ['missing trailing cells', 'a,b,c\n1\n', { a: '1', b: '', c: '' }, 2],
    ['spaces around cells', 'a , b\n 1 , 2 \n', { a: '1', b: '2' }, 2],
  ])('%s', (_label, text, cells, line) => {
    const table = parseCsv(text);
    expect(table.rows).toEqual([{ line, cells }]);
    expect(table.errors).toEqual([]);
  });

  it('counts lines inside quoted cells, so the next row has its real line number', () => {
    const table = parseCsv('a,b\n1,"two\nlines"\n3,4\n');
    expect(table.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(table.rows[0]!.cells.b).toBe('two\nlines');
  });

  it('reports a row with more cells than columns, and a quote never closed', () => {
    expect(parseCsv('a,b\n1,2,3\n').errors).toEqual([{ line: 2, column: 3, message: 'has 3 cells but the header names 2 columns' }]);
    expect(parseCsv('a,b\n1,"2\n').errors).toEqual([{ line: 2, message: 'has a quote " that is never closed' }]);
  });

  it('reads an empty file as no columns and no rows', () => {
    expect(parseCsv('')).toEqual({ columns: [], rows: [], errors: [] });
  });
});

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [3, 'C'],
    [26, 'Z'],
    [27, 'AA'],
    [53, 'BA'],
  ])('%i is %s', (n, letter) => expect(columnLetter(n)).toBe(letter));
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    [8132, '8132'],
    [true, 'true'],
    [undefined, ''],
  ])('%s → %s', (value, expected) => expect(csvField(value)).toBe(expected));

  // OWASP CSV injection: a leading ' makes the spreadsheet show the text instead of running it.
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-cmd', "'-cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=1,2', `"'=1,2"`],
  ])('neutralises the formula %j as %j', (value, expected) => expect(csvField(value)).toBe(expected));

  it.each(['-3.5', '-12', '+4', '1e3', '-.5'])('leaves the number %s as it is', (value) => expect(csvField(value)).toBe(value));

  it.each([-3.5, -12])('leaves the number %d as a number', (value) => expect(csvField(value)).toBe(String(value)));

  it('reads back as the neutralised text', () => {
    const line = ['=HYPERLINK("http://x","y")', '\rx', '-3.5'].map(csvField).join(',');
    expect(parseCsv(`a,b,c\n${line}\n`).rows[0]!.cells).toEqual({ a: `'=HYPERLINK("http://x","y")`, b: "'\rx", c: '-3.5' });
  });
});
