// Builds a small, valid content folder in a temporary directory, which each test then breaks in one way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The settings every fixture site has: a made-up test office, with colours that pass the contrast check. */
export const validSettings = [
  '# Test fixture: a made-up office, for tests only.',
  'name: Test Police and Crime Commissioner',
  'shortName: Test PCC',
  'tagline: A site built in tests',
  'area: Testshire',
  'force: Testshire Police',
  'siteUrl: https://www.testshire-pcc.example',
  'contact:',
  '  email: office@test.example',
  '  phone: 0100 000 0000',
  'colours:',
  '  light:',
  '    brand: "#0a4d5c"',
  '    accent: "#7fd1c7"',
  '  dark:',
  '    brand: "#0c3a45"',
  '    accent: "#8fe0d6"',
  '',
].join('\n');

export const validFiles: Record<string, string> = {
  'site.yaml': validSettings,
  'boards/test-board.yaml': 'name: Test Board\ndescription: A board used in tests.\norganisation: Test office\n',
  'meetings/test-board-2018-05-10.md': [
    '---',
    'board: test-board',
    'date: 2018-05-10',
    'startTime: "14:00"',
    'status: held',
    'summary: A test meeting.',
    'agenda:',
    '  - item: "1"',
    '    title: A paper',
    '    paper: 2018-05-10-a-paper',
    'sources:',
    '  - title: Test pack',
    '---',
    '',
  ].join('\n'),
  'papers/2018-05-10-a-paper.md': [
    '---',
    'title: A paper',
    'board: test-board',
    'meeting: test-board-2018-05-10',
    'agendaItem: "1"',
    'from: Chief Constable',
    'date: 2018-05-10',
    'classification: OFFICIAL',
    'status: final',
    'purpose: To test.',
    'recommendations:',
    '  - To note the report.',
    'source:',
    '  title: Test pack',
    '---',
    '',
    '## Body',
    '',
    'Text.',
    '',
  ].join('\n'),
  'decisions/2018-05-10-a-decision.yaml': [
    'title: A decision',
    'date: 2018-05-10',
    'decisionMaker: Police and Crime Commissioner',
    'meeting: test-board-2018-05-10',
    'summary: Decided.',
    'source:',
    '  title: Test pack',
    '',
  ].join('\n'),
};

/** Write the valid files plus overrides (null deletes a file) into a new temporary project root. */
// Every fixture of a test process lives under one folder, removed when the process ends.
let fixturesRoot: string | undefined;
function fixtureFolder(): string {
  if (!fixturesRoot) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-fixtures-'));
    fixturesRoot = folder;
    process.on('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  }
  return fs.mkdtempSync(path.join(fixturesRoot, 'content-'));
}

export function makeContent(overrides: Record<string, string | null> = {}): { root: string; contentDir: string } {
  const root = fixtureFolder();
  const contentDir = path.join(root, 'content');
  for (const [file, text] of Object.entries({ ...validFiles, ...overrides })) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
    fs.writeFileSync(path.join(contentDir, file), text);
  }
  return { root, contentDir };
}

/** Replace one line of a valid file. */
export function withLine(file: string, from: string, to: string): Record<string, string> {
  const text = validFiles[file] ?? validInspection[file];
  if (text === undefined) throw new Error(`no fixture ${file}`);
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  return { [file]: text.replace(from, to) };
}

/** An inspection report, valid on its own; add it with makeContent({ ...validInspection }). */
export const validInspection: Record<string, string> = {
  'inspections/test-inspection-2018.md': [
    '---',
    'title: A test inspection',
    'inspectorate: HMICFRS',
    'published: 2018-05-10',
    'summary: Found things.',
    'source:',
    '  title: Test report',
    '---',
    '',
    '## Findings',
    '',
    'Text.',
    '',
  ].join('\n'),
};

const dataFixtures = path.resolve(import.meta.dirname, '../fixtures/data/valid/indicators');

/** The two valid indicator datasets of tests/fixtures/data/valid, as files under data/ (for example "indicators/ksi-by-year.yaml"). */
export const validData: Record<string, string> = Object.fromEntries(
  fs.readdirSync(dataFixtures).sort().map((name) => [`indicators/${name}`, fs.readFileSync(path.join(dataFixtures, name), 'utf8')]),
);

/**
 * A whole site's sources in a new temporary root: the valid content and data plus overrides
 * (null deletes a file). Keys are paths under content/ and data/, for example "papers/x.md" or "data/indicators/x.yaml".
 */
export function makeSite(overrides: Record<string, string | null> = {}): { root: string; contentDir: string; dataDir: string } {
  const contentOverrides: Record<string, string | null> = {};
  const data: Record<string, string | null> = { ...validData };
  for (const [file, text] of Object.entries(overrides)) {
    if (file.startsWith('data/')) data[file.slice('data/'.length)] = text;
    else contentOverrides[file] = text;
  }
  const { root, contentDir } = makeContent(contentOverrides);
  const dataDir = path.join(root, 'data');
  for (const [file, text] of Object.entries(data)) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(dataDir, file)), { recursive: true });
    fs.writeFileSync(path.join(dataDir, file), text);
  }
  return { root, contentDir, dataDir };
}

/** Replace text in one valid indicator dataset, for example dataWithLine('ksi-by-year', 'value: 434', 'value: -434'). */
export function dataWithLine(id: string, from: string, to: string): Record<string, string> {
  const text = validData[`indicators/${id}.yaml`];
  if (text === undefined) throw new Error(`no data fixture ${id}`);
  if (!text.includes(from)) throw new Error(`data fixture ${id} has no "${from}"`);
  return { [`data/indicators/${id}.yaml`]: text.replace(from, to) };
}
