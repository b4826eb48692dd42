import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatProblem } from '../../../src/lib/validation/problems.ts';
import { expectProblem } from '../../helpers/expect-problem.ts';
import { parseMdxFile, parseYamlFile, readPlainYaml } from '../../../src/lib/sources/source-file.ts';
import { checkData, describeData, validateData } from '../../../src/lib/validation/validate-data.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures/data', name);
const folder = (name: string) => `tests/fixtures/data/${name}/indicators`;

describe('validateData on a valid folder', () => {
  const { indicators, problems } = validateData(root, fixture('valid'));

  it('reads every dataset with no problems', () => {
    expect(problems).toEqual([]);
    expect(indicators.map((i) => i.id)).toEqual(['all-recorded-crime', 'ksi-by-year']);
  });

  it('keeps the source file, for pointing at lines later', () => {
    const crime = indicators[0]!;
    expect(crime.source.file).toBe(`${folder('valid')}/all-recorded-crime.yaml`);
    expect(crime.source.lineOf(['observations', 3, 'value'])).toBe(19);
    expect(crime.data.summaries[0]?.rolling12Months).toBe(66192);
  });

  it('describes what it read', () => {
    expect(describeData(indicators)).toBe('2 indicator datasets (1 on the dashboard), 9 observations');
  });
});

describe('validateData on a folder of broken files', () => {
  const { indicators, problems } = validateData(root, fixture('invalid'));
  const f = folder('invalid');

  it('still reads the files that are valid', () => expect(indicators.map((i) => i.id)).toEqual(['ksi-by-year']));

  it.each([
    [`${f}/percent-over-100.yaml`, 13, 'observations[1].value', /is 195.6/, /must be a percentage from 0 to 100/],
    [`${f}/negative-count.yaml`, 12, 'observations[0].value', /is -1377/, /must not be negative: a count cannot be below 0/],
    [`${f}/negative-count.yaml`, 3, 'theme', /is "community"/, /must be one of victims, offenders, communities, transformation/],
    [`${f}/duplicate-period.yaml`, 12, 'observations[1].period', /is "2018-03"/, /must not repeat a period in one series: observations\[0\]/],
    [`${f}/duplicate-period.yaml`, 13, 'observations[2].period', /is "2018-13"/, /must be a real month or financial year/],
    [`${f}/unknown-unit-and-polarity.yaml`, 4, 'unit.kind', /is "incidents"/, /must be one of count, percent/],
    [`${f}/unknown-unit-and-polarity.yaml`, 5, 'polarity', /is "down-is-good"/, /must be one of higher-is-better, lower-is-better, neither/],
    [`${f}/broken.yaml`, undefined, '(YAML)', /cannot be read/, /check the indentation/],
    [`${f}/Bad_Name.yaml`, undefined, '(file name)', /"Bad_Name" is not a valid id/, /lower-case letters, digits and hyphens/],
    [`${f}/notes.txt`, undefined, '(file name)', /is not a \.yaml file/, /rename it to end in \.yaml/],
    [`${f}/sub/ksi-by-year.yaml`, undefined, '(file name)', /repeats the id "ksi-by-year"/, /different name/],
  ])('%s:%s %s', (file, line, field, message, fix) => expectProblem(problems, file, line, field, message, fix));

  it('reports every problem at once, and nothing else', () => expect(problems).toHaveLength(11));

  it('formats a problem as file:line, field, message and fix', () => {
    const problem = problems.find((p) => p.file.endsWith('percent-over-100.yaml'))!;
    expect(formatProblem(problem)).toBe(`${f}/percent-over-100.yaml:13  observations[1].value  is 195.6 — must be a percentage from 0 to 100, because the unit is percent`);
  });
});

describe('validateData across files', () => {
  const { indicators, problems } = validateData(root, fixture('cross-file'));
  const f = folder('cross-file');

  it('accepts each file on its own', () => expect(indicators).toHaveLength(3));

  it.each([
    [`${f}/all-recorded-crime.yaml`, 31, 'related[0]', /"no-such-dataset" is not an indicator dataset/],
    [`${f}/same-position.yaml`, 5, 'dashboardPosition', /1 is already the position of .*all-recorded-crime\.yaml/],
    [`${f}/arrests.yaml`, 17, 'breakdowns[0].total', /is 913 but the observation for 2018-03 is 931/],
  ])('%s:%i %s', (file, line, field, message) => {
    expect(problems).toContainEqual(expect.objectContaining({ file, line, field, message: expect.stringMatching(message) }));
  });

  it('finds exactly those problems', () => expect(problems).toHaveLength(3));
});

describe('validateData edge cases and checkData', () => {
  it('treats a missing folder as empty', () => expect(validateData(root, fixture('no-such-folder'))).toEqual({ indicators: [], spend: [], problems: [] }));

  it('checkData reads DATA_DIR and reports in the words of npm run check', () => {
    const before = process.env.DATA_DIR;
    try {
      process.env.DATA_DIR = 'tests/fixtures/data/valid';
      expect(checkData(root)).toMatchObject({ ok: true, report: 'Data is valid: 2 indicator datasets (1 on the dashboard), 9 observations.' });
      process.env.DATA_DIR = 'tests/fixtures/data/cross-file';
      const failed = checkData(root);
      expect(failed.ok).toBe(false);
      expect(failed.report).toMatch(/^Content check found 3 problems/);
    } finally {
      if (before === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = before;
    }
  });
});

describe('reading YAML: the plain reader and the full parser agree', () => {
  const full = (text: string) => parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  /** The reader's data must be the full parser's, key order included; undefined means "use the full parser". */
  const agrees = (text: string) => {
    const plain = readPlainYaml(text);
    if (plain === undefined) return true;
    const document = full(text);
    return document.errors.length === 0 && isDeepStrictEqual(plain, document.toJS()) && JSON.stringify(plain) === JSON.stringify(document.toJS());
  };

  it.each([
    'title: All Recorded Crime\ntopics: [recorded-crime]\nunit: { kind: count, of: calls a month }\n',
    'observations:\n  - { period: 2015-03, value: 4078, source: dashboard }\n  - { period: "2016-03", value: -1.5e3, note: Stated as "around 9000"., source: x }\n',
    'notes:\n  - \'The report says "no", it\'\'s stated\'\n  - "Tab\\tand \\u00e9 \\x41 \\U0001F600"\n  - C# # a comment\n',
    'a: ~\nb: null\nc: True\nd: FALSE\ne: 0o17\nf: 0x1F\ng: +12\nh: -0\ni: .5\nj: 1.\nk: 1e3\nl: -.Inf\nm: .NaN\nn: 1_000\no: 2018-05-10\np: 14:00\nq: yes\nr:\n',
    'list:\n- a\n- b: 1\n  c:\n  - x\n  d: { e: [1, [2, 3], {}], f: [] }\nafter: 1 # comment\n# comment\n',
    '-   id: victims\n    name: Victims\n- id: offenders\n  name: Offenders\n',
    'constructor: 1\ntoString: 2\nhasOwnProperty: 3\n',
    'a: x\u00a0\nb: "x"  # comment\nc: http://example.org/a#b\nd: a, b [c] {d}\n',
  ])('reads %j exactly as the yaml library does', (text) => {
    expect(readPlainYaml(text)).toBeDefined();
    expect(agrees(text)).toBe(true);
  });

  it.each([
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['a comment without a space', 'a: "x"#c\n'],
    ['a misaligned key', 'a:\n   b: 1\n  c: 2\n'],
    ['a list item without a dash', '-   a: 1\n  b: 2\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['an unclosed quote', 'a: "b\n'],
    ['an unclosed flow collection', 'a: [b, c\n'],
    ['a block scalar', 'a: >-\n  folded\n  text\n'],
    ['a multi-line plain scalar', 'a: some\n  more\n'],
    ['a multi-line quoted scalar', 'a: "some\n  more"\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['CRLF line ends', 'a: 1\r\nb: 2\r\n'],
    ['a document marker', '---\na: 1\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key the core schema reads as null', 'null: 1\n'],
    ['a key with no value in a flow mapping', 'a: { n: Stated as "a, b"., s: x }\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['an empty file', '# only a comment\n'],
  ])('leaves %s to the full parser', (_, text) => expect(readPlainYaml(text)).toBeUndefined());

  it('agrees on every mutation of the fixture files it accepts', () => {
    const seeds = ['valid', 'invalid', 'cross-file'].flatMap((name) => {
      const dir = fixture(`${name}/indicators`);
      return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    });
    let seed = 7;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return (seed >>> 8) % n;
    };
    const inserts = [' ', '  ', ':', ': ', '#', ' #', '-', '- ', '"', "'", '[', ']', '{', '}', ',', '\n', '\n  ', '&', '*', '!', '|', '>', '%', '@', '\\', '~', '.', '0', '\u00a0', '\t'];
    let accepted = 0;
    for (let round = 0; round < 3000; round += 1) {
      let text = seeds[random(seeds.length)]!;
      for (let edits = 1 + random(3); edits > 0; edits -= 1) {
        const at = random(text.length + 1);
        text = random(3) === 0 ? text.slice(0, at) + text.slice(at + 1 + random(3)) : text.slice(0, at) + inserts[random(inserts.length)] + text.slice(at);
      }
      if (readPlainYaml(text) !== undefined) accepted += 1;
      expect(agrees(text), JSON.stringify(text)).toBe(true);
    }
    expect(accepted).toBeGreaterThan(500);
  });

  it('still reports YAML errors, and finds lines in files it read itself', () => {
    const repeated = parseYamlFile('x.yaml', 'x', 'a: 1\nb:\n  c: 2\nb: 3\n');
    expect(repeated.source.data).toBeUndefined();
    expect(repeated.problems).toEqual([expect.objectContaining({ file: 'x.yaml', field: '(YAML)', message: 'cannot be read: Map keys must be unique' })]);
    const read = parseYamlFile('x.yaml', 'x', '# c\na: 1\nlist:\n  - { b: 2 }\n  - c: 3\n    d: [4]\n');
    expect(read.problems).toEqual([]);
    expect(read.source.data).toEqual({ a: 1, list: [{ b: 2 }, { c: 3, d: [4] }] });
    expect([['a'], ['list', 0, 'b'], ['list', 1, 'd', 0], ['list', 1, 'missing'], ['nothing']].map((at) => read.source.lineOf(at))).toEqual([2, 4, 6, 5, 2]);
  });
});

describe('the line of a YAML syntax error', () => {
  const lines = ['# A made-up file.', 'title: Test', 'unit:', '  kind: count', '  of: crimes', 'polarity: neither'];

  it('is the line the error is on in a data file', () => {
    const { problems } = parseYamlFile('x.yaml', 'x', [...lines, 'definition: a: b', 'lastUpdated: 2018-05-10', ''].join('\n'));
    expect(problems).toEqual([expect.objectContaining({ file: 'x.yaml', line: 7, field: '(YAML)', message: 'cannot be read: Nested mappings are not allowed in compact mappings' })]);
  });

  it('is the line of the repeated key', () => {
    const { problems } = parseYamlFile('x.yaml', 'x', [...lines, 'title: Again', ''].join('\n'));
    expect(problems).toEqual([expect.objectContaining({ line: 7, message: 'cannot be read: Map keys must be unique' })]);
  });

  it('counts the lines of the file in frontmatter, which starts on line 2', () => {
    const source = ['---', 'title: Test', 'date: 2018-05-10', 'purpose: To test.', 'status: published', 'tags: [one, two]', 'summary: one: two', '---', '', 'Body.', ''].join('\n');
    const { problems } = parseMdxFile('x.md', 'x', source);
    expect(problems).toEqual([expect.objectContaining({ file: 'x.md', line: 7, field: '(YAML)', message: 'cannot be read: Nested mappings are not allowed in compact mappings' })]);
  });

  it('puts an unclosed bracket found only at the end of the file on its last line, not the line after', () => {
    // broken.yaml opens a flow mapping on line 3, its last line, and never closes it.
    const problem = validateData(root, fixture('invalid')).problems.find((p) => p.field === '(YAML)');
    expect(problem).toMatchObject({ file: `${folder('invalid')}/broken.yaml`, line: 3 });
  });
});
