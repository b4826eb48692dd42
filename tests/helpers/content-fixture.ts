// Builds a small, valid content folder in a temporary directory, which each test then breaks in one way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const validFiles: Record<string, string> = {
  'boards/test-board.yaml': 'name: Test Board\ndescription: A board used in tests.\norganisation: Test office\n',
  'meetings/test-board-2018-05-10.mdx': [
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
  'papers/2018-05-10-a-paper.mdx': [
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
export function makeContent(overrides: Record<string, string | null> = {}): { root: string; contentDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-content-'));
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
  const text = validFiles[file]!;
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  return { [file]: text.replace(from, to) };
}
