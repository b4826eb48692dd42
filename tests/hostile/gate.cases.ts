// The content gate: which files are read, how their text is decoded and split, and the limits on YAML and
// Markdown that keep a parser from running away. Each is what an attacker with commit access could commit.
import { expect } from 'vitest';
import type { HostileCase } from '../helpers/hostile.ts';
import { validFiles } from '../helpers/content-fixture.ts';

const paperFile = 'papers/2018-05-10-a-paper.md';
const validPaper = validFiles[paperFile]!;
/** A second, valid paper (no agenda item, so it clashes with nothing), with a change made to its text. */
const paper = (id: string, change: (text: string) => string = (text) => text) => ({ [`papers/${id}.md`]: change(validPaper.replace('agendaItem: "1"\n', '').replace('title: A paper', `title: Paper ${id}`)) });
const withBody = (body: string) => (text: string) => `${text}${body}\n`;
/** A payload that leaves a file behind if MDX ever runs it. */
const payload = "export const pwn = (await import('node:fs')).writeFileSync('{{root}}/PWNED', 'ran');\n";
const evilMdx = `---\ntitle: Evil\nboard: test-board\nmeeting: test-board-2018-05-10\nfrom: Chief Constable\ndate: 2018-05-10\nclassification: OFFICIAL\nstatus: final\npurpose: To test.\nrecommendations:\n  - To note.\nsource:\n  title: Test pack\n---\n\n${payload}\nText.\n`;
const secretPaper = validPaper.replace('classification: OFFICIAL', 'classification: SECRET').replace('agendaItem: "1"\n', '');
const dataset = (id: string, text: string) => ({ [`data/indicators/${id}.yaml`]: text });

const draftPaper = paper('2018-05-10-secret-draft', (t) => t.replace('status: final', 'status: draft'))['papers/2018-05-10-secret-draft.md']!;

export const cases: HostileCase[] = [
  // A link to a draft's page would publish its id; fields naming a draft are shown as "a paper not yet published" (drafts.cases.ts).
  {
    name: "a published paper's text that links to a draft",
    files: { 'papers/2018-05-10-secret-draft.md': draftPaper, ...paper('2018-05-10-linker', withBody('See [the review](/papers/2018-05-10-secret-draft/).')) },
    refused: { file: 'content/papers/2018-05-10-linker.md', message: 'links to the draft paper 2018-05-10-secret-draft' },
  },
  {
    name: "a decision's source address that points at a draft",
    files: { 'papers/2018-05-10-secret-draft.md': draftPaper, 'decisions/2018-05-10-a-decision.yaml': validFiles['decisions/2018-05-10-a-decision.yaml']!.replace('  title: Test pack\n', '  title: Test pack\n  url: /papers/2018-05-10-secret-draft/\n') },
    refused: { file: 'content/decisions/2018-05-10-a-decision.yaml', message: 'links to the draft paper' },
  },
  // Symbolic links: the check and the loaders list files the same way, and a link is never followed.
  {
    name: 'a paper that is a symbolic link to an MDX file with an export that runs a command',
    links: { 'papers/2018-05-10-linked.mdx': '../../docs/evil.mdx' },
    outside: { 'docs/evil.mdx': evilMdx },
    refused: { file: 'content/papers/2018-05-10-linked.mdx', message: 'is a symbolic link' },
    marker: 'PWNED',
  },
  {
    name: 'a paper that links to a SECRET paper kept outside content/',
    links: { 'papers/2018-05-10-linked-secret.md': '../../docs/secret.md' },
    outside: { 'docs/secret.md': secretPaper },
    refused: { file: 'content/papers/2018-05-10-linked-secret.md', message: 'is a symbolic link' },
  },
  {
    name: 'a folder of papers that is a symbolic link',
    links: { 'papers/2018': '../../docs/papers' },
    outside: { 'docs/papers/2018-05-10-elsewhere.md': secretPaper },
    refused: { file: 'content/papers/2018', message: 'is a symbolic link' },
  },
  {
    name: 'a dataset that is a symbolic link to a file on the build host',
    links: { 'data/indicators/passwd.yaml': '/etc/passwd' },
    refused: { file: 'data/indicators/passwd.yaml', message: 'is a symbolic link (to /etc/passwd)' },
  },
  {
    name: 'the glossary as a symbolic link',
    links: { 'data/glossary.yaml': '../docs/glossary.yaml' },
    outside: { 'docs/glossary.yaml': '[]\n' },
    refused: { file: 'data/glossary.yaml', message: 'is a symbolic link' },
  },
  {
    name: 'a dangling symbolic link',
    links: { 'boards/gone.yaml': '../../nowhere.yaml' },
    refused: { file: 'content/boards/gone.yaml', message: 'is a symbolic link' },
  },
  // Files the site would not read are refused, not silently left out.
  { name: 'a hidden paper', files: { 'papers/.2018-05-10-hidden.md': validPaper }, refused: { file: 'content/papers/.2018-05-10-hidden.md', message: 'is a hidden file' } },
  { name: 'a hidden folder of papers', files: { 'papers/.old/2018-05-10-old.md': validPaper }, refused: { file: 'content/papers/.old', message: 'is a hidden folder' } },
  { name: 'a file outside the content folders', files: { 'evil.mdx': evilMdx }, refused: { file: 'content/evil.mdx', message: 'is not in a place the site reads content from' } },
  { name: 'a script beside the data', files: { 'data/plugin.js': 'process.exit(1)\n' }, refused: { file: 'data/plugin.js', message: 'is not in a place the site reads data from' } },
  { name: 'a script among the papers', files: { 'papers/2018-05-10-x.js': 'process.exit(1)\n' }, refused: { file: 'content/papers/2018-05-10-x.js', message: 'is not a .md or .mdx file' } },
  // One front-matter splitter: a file other parsers would split differently is refused.
  {
    name: 'front matter closed by "----", which Astro reads as the end but the renderer did not',
    files: paper('2018-05-10-dashes', (text) => text.replace(/\n---\n\n## Body/, '\n----\n\n## Body').replace('purpose: To test.', 'purpose: <meta http-equiv="refresh" content="0;url=https://evil.example">')),
    refused: { file: 'content/papers/2018-05-10-dashes.md', message: 'ends with a line that starts with "---" but is not exactly "---"' },
  },
  { name: 'front matter closed by "--- x"', files: paper('2018-05-10-dash-text', (text) => text.replace(/\n---\n\n## Body/, '\n--- x\n\n## Body')), refused: { file: 'content/papers/2018-05-10-dash-text.md', message: 'is not exactly "---"' } },
  { name: 'TOML front matter (+++), which Astro also reads', files: { 'papers/2018-05-10-toml.md': '+++\ntitle = "x"\n+++\n\nText.\n' }, refused: { file: 'content/papers/2018-05-10-toml.md', message: '(frontmatter)  is missing' } },
  { name: 'front matter after a blank line, which Astro also reads', files: paper('2018-05-10-blank-first', (text) => `\n${text}`), refused: { file: 'content/papers/2018-05-10-blank-first.md', message: '(frontmatter)  is missing' } },
  { name: 'front matter that is never closed', files: paper('2018-05-10-unclosed', (text) => text.replace(/\n---\n\n## Body/, '\n\n## Body')), refused: { file: 'content/papers/2018-05-10-unclosed.md', message: 'is not closed' } },
  // Text encodings: ordinary Windows files are read; anything but UTF-8 is refused with the fix.
  { name: 'a paper in Latin-1', files: { 'papers/2018-05-10-latin.md': Buffer.from(paper('x', (t) => t.replace('To test.', 'To test the café.'))['papers/x.md']!, 'latin1') }, refused: { file: 'content/papers/2018-05-10-latin.md', message: 'save the file as UTF-8' } },
  { name: 'a paper in Windows-1252 with curly quotes', files: { 'papers/2018-05-10-cp1252.md': Buffer.concat([Buffer.from(paper('y')['papers/y.md']!), Buffer.from([0x93, 0x51, 0x94, 0x0a])]) }, refused: { file: 'content/papers/2018-05-10-cp1252.md', message: 'is not saved as UTF-8' } },
  { name: 'an invisible control character in a title', files: paper('2018-05-10-control', (t) => t.replace('title: Paper 2018-05-10-control', 'title: "Paper \\u0008 with a backspace"').replace('"Paper \\u0008', `"Paper \u0008`)), refused: { file: 'content/papers/2018-05-10-control.md', message: 'has an invisible control character (U+0008)' } },
  { name: 'an escape character in a board name', files: { 'boards/escape.yaml': 'name: Board \u001b[31m red\ndescription: A board.\norganisation: Test office\n' }, refused: { file: 'content/boards/escape.yaml', message: 'U+001B' } },
  {
    name: 'a Windows file with a byte-order mark and CRLF line ends',
    files: { 'papers/2018-05-10-windows.md': Buffer.from(`\ufeff${paper('2018-05-10-windows')['papers/2018-05-10-windows.md']!}`.replace(/\n/g, '\r\n'), 'utf8') },
    safe: (site) => {
      const html = site.read('papers/2018-05-10-windows/index.html');
      expect(html).toContain('Paper 2018-05-10-windows');
      expect(html).not.toContain('\ufeff');
      expect(html).not.toMatch(/title: Paper|classification: OFFICIAL/);
    },
  },
  {
    name: 'a Windows board file with a byte-order mark and CRLF line ends',
    files: { 'boards/windows-board.yaml': Buffer.from('\ufeffname: Windows Board\r\ndescription: A board saved on Windows.\r\norganisation: Test office\r\n', 'utf8') },
    safe: (site) => {
      const html = site.read('boards/windows-board/index.html');
      expect(html).toContain('Windows Board');
      expect(html).toContain('A board saved on Windows.');
      expect(html).not.toContain('\ufeff');
    },
  },
  // Limits that end in a plain message instead of a stack trace, a hung check or 24 GB of memory.
  { name: 'a 3 MB paper', files: paper('2018-05-10-huge', withBody('Words and more words. '.repeat(140_000))), refused: { file: 'content/papers/2018-05-10-huge.md', message: 'more than the 2 MB a content file may be' } },
  { name: 'a body of 400,000 ">" (quadratic nesting)', files: paper('2018-05-10-quotes', withBody('>'.repeat(400_000))), refused: { file: 'content/papers/2018-05-10-quotes.md', message: 'more than 12 levels deep' } },
  { name: 'lists nested 40 deep', files: paper('2018-05-10-lists', withBody(Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))), refused: { file: 'content/papers/2018-05-10-lists.md', message: 'more than 12 levels deep' } },
  { name: 'a body of 380,000 character references', files: paper('2018-05-10-references', withBody('&#65;'.repeat(380_000))), refused: { file: 'content/papers/2018-05-10-references.md', message: 'character references' } },
  { name: 'an MDX body of 100,000 "> "', files: { 'papers/2018-05-10-mdx-quotes.mdx': paper('z', withBody('> '.repeat(100_000)))['papers/z.md']! }, refused: { file: 'content/papers/2018-05-10-mdx-quotes.mdx', message: 'more than 12 levels deep' } },
  {
    name: 'a YAML alias bomb',
    files: dataset('bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'),
    refused: { file: 'data/indicators/bomb.yaml', message: 'uses a YAML anchor (&a)' },
  },
  { name: 'a YAML anchor and alias in a board', files: { 'boards/alias.yaml': 'name: &n Alias Board\ndescription: *n\norganisation: Test office\n' }, refused: { file: 'content/boards/alias.yaml', message: 'uses a YAML anchor' } },
  { name: 'YAML nested 1,200 levels deep', files: dataset('deep', `${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`), refused: { file: 'data/indicators/deep.yaml', message: 'more than 32 levels deep' } },
  { name: 'a flow list nested 3,000 deep', files: dataset('flow', `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`), refused: { file: 'data/indicators/flow.yaml', message: 'nested too deeply' } },
  { name: 'front matter nested 100 levels deep', files: paper('2018-05-10-deep-fields', (t) => t.replace('purpose: To test.', `purpose: To test.\nextra: ${'['.repeat(100)}${']'.repeat(100)}`)), refused: { file: 'content/papers/2018-05-10-deep-fields.md', message: 'more than 32 levels deep' } },
  { name: 'a YAML tag the site does not know (!custom)', files: { 'boards/tag.yaml': 'name: !custom Tag Board\ndescription: A board.\norganisation: Test office\n' }, refused: { file: 'content/boards/tag.yaml', message: 'uses the YAML tag !custom' } },
  { name: 'a YAML file of two documents', files: { 'boards/two.yaml': 'name: Two\ndescription: A board.\norganisation: Test office\n---\nname: Other\n' }, refused: { file: 'content/boards/two.yaml', message: 'cannot be read' } },
  // MDX is a programming language: nothing in it may run, however it arrives.
  { name: 'an MDX paper with an export', files: { 'papers/2018-05-10-export.mdx': evilMdx }, refused: { file: 'content/papers/2018-05-10-export.mdx', message: 'has an "export" line' }, marker: 'PWNED' },
  { name: 'an MDX paper with an import', files: { 'papers/2018-05-10-import.mdx': evilMdx.replace(payload, "import fs from 'node:fs';\n") }, refused: { file: 'content/papers/2018-05-10-import.mdx', message: 'has an "import" line' } },
  { name: 'an MDX paper with an expression', files: { 'papers/2018-05-10-expression.mdx': evilMdx.replace(payload, "{(await import('node:fs')).writeFileSync('{{root}}/PWNED', 'ran')}\n") }, refused: { file: 'content/papers/2018-05-10-expression.mdx', message: 'MDX runs as JavaScript' }, marker: 'PWNED' },
];
