// End to end, on a temporary copy of content/ and data/, following the README and docs/content-guide.md:
// add a meeting with two papers (npm run new), check and build straight away (drafts stay out), mark the
// papers final, import a month of figures for three indicators (npm run import), check, build, and find
// the new meeting, papers and figures in the built site.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntoTemporaryFolder, cleanEnvironment, type TemporaryBuild } from '../../helpers/build-site.ts';

const project = path.resolve(import.meta.dirname, '../../..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcc-workflow-'));
const env = { CONTENT_DIR: path.join(root, 'content'), DATA_DIR: path.join(root, 'data') };
fs.cpSync(path.join(project, 'content'), env.CONTENT_DIR, { recursive: true });
fs.cpSync(path.join(project, 'data'), env.DATA_DIR, { recursive: true });

/** `npm run <script> -- <args>`, as a publisher types it. */
function npm(script: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { cwd: project, env: { ...cleanEnvironment(), ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const meeting = 'business-coordination-board-2026-07-16';
const papers = [
  { id: '2026-07-16-workflow-test-finance-report', title: 'Workflow test: finance report', from: 'Chief Finance Officer', recommendations: ['To note the report.'] },
  { id: '2026-07-16-workflow-test-estates-update', title: 'Workflow test: estates update', from: 'Chief Executive', recommendations: ['To note the update.', 'To agree the next steps.'] },
];
// Invented figures for the test only (tests/fixtures/import/README.md): they go into the temporary copy.
const figures = [
  ['all-recorded-crime', '2018-04', '5012'],
  ['burglary-dwelling', '2018-04', '145'],
  ['satisfaction-with-service-delivery-police', '2018-04', '83.1%'],
] as const;
const contentFile = (folder: string, name: string) => path.join(env.CONTENT_DIR, folder, name);
const page = (build: TemporaryBuild, sitePath: string) => {
  const file = path.join(build.dist, sitePath, 'index.html');
  return fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : undefined;
};

describe('publishing a meeting, two papers and a month of figures', () => {
  let draftBuild: TemporaryBuild;
  let finalBuild: TemporaryBuild;
  const steps: Record<string, { status: number | null; output: string }> = {};

  beforeAll(() => {
    steps.meeting = npm('new', 'meeting', '--board', 'business-coordination-board', '--date', '2026-07-16', '--start-time', '14:00', '--summary', 'A meeting added by the publishing workflow test.', '--source', 'Workflow test pack', '--item', 'Welcome and apologies');
    for (const paper of papers) {
      steps[paper.id] = npm('new', 'paper', '--meeting', meeting, '--date', '2026-07-16', '--title', paper.title, '--from', paper.from, '--classification', 'Not protectively marked', '--purpose', 'To test the publishing workflow.', ...paper.recommendations.flatMap((r) => ['--recommendation', r]), '--source', 'Workflow test pack');
    }
    steps.draftCheck = npm('check');
    draftBuild = buildIntoTemporaryFolder('workflow-drafts', env);

    // The content guide: change status: draft to status: final, and write the summary below the second ---.
    for (const paper of papers) {
      const file = contentFile('papers', `${paper.id}.md`);
      fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8').replace(/^status: draft$/m, 'status: final')}\n## About this paper\n\nA summary written for the test.\n`);
    }
    // A correction, as the content guide says: uncomment the placeholder and fill it in.
    const corrected = contentFile('papers', `${papers[1]!.id}.md`);
    const placeholder = '# corrections:\n#   - date:\n#     note:\n';
    expect(fs.readFileSync(corrected, 'utf8')).toContain(placeholder);
    fs.writeFileSync(corrected, fs.readFileSync(corrected, 'utf8').replace(placeholder, 'corrections:\n  - date: 2026-08-01\n    note: The paper gave the wrong date for the next estates review; it now gives the right one.\n'));
    const csv = path.join(root, 'figures-2018-04.csv');
    fs.writeFileSync(csv, ['indicator,period,value', ...figures.map((row) => row.join(','))].join('\n') + '\n');
    steps.dryRun = npm('import', csv);
    steps.import = npm('import', csv, '--write', '--published', '2026-07-16');
    steps.finalCheck = npm('check');
    finalBuild = buildIntoTemporaryFolder('workflow-final', env);
  }, 900_000);

  afterAll(() => {
    for (const dir of [root, draftBuild && path.dirname(draftBuild.dist), finalBuild && path.dirname(finalBuild.dist)]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('npm run new writes the meeting and the papers, and adds the papers to the agenda', () => {
    for (const [name, step] of Object.entries(steps).slice(0, 3)) expect(step.status, `${name}:\n${step.output}`).toBe(0);
    const meetingText = fs.readFileSync(contentFile('meetings', `${meeting}.md`), 'utf8');
    // Titles containing ": " are quoted, as YAML needs.
    expect(meetingText).toContain(`  - item: "2"\n    title: "${papers[0]!.title}"\n    paper: ${papers[0]!.id}\n  - item: "3"\n    title: "${papers[1]!.title}"\n    paper: ${papers[1]!.id}\n`);
  });

  it('check and a production build succeed straight after, and leave the draft papers out', () => {
    expect(steps.draftCheck!.status, steps.draftCheck!.output).toBe(0);
    expect(draftBuild.status, draftBuild.output).toBe(0);
    expect(page(draftBuild, `meetings/${meeting}`)).toBeDefined();
    for (const paper of papers) expect(page(draftBuild, `papers/${paper.id}`)).toBeUndefined();
    const links = page(draftBuild, `meetings/${meeting}`)!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const paper of papers) expect(links).not.toContain(`/papers/${paper.id}/`);
  });

  it('the import shows the change first, then writes it, keeping each file\'s first line', () => {
    expect(steps.dryRun!.status, steps.dryRun!.output).toBe(0);
    expect(steps.dryRun!.output).toContain('Nothing was written (a dry run)');
    expect(steps.import!.status, steps.import!.output).toBe(0);
    expect(steps.import!.output).toContain('Wrote 3 figures added, 0 replaced, 0 already there, in 3 files');
    for (const [id, period, value] of figures) {
      const yaml = fs.readFileSync(path.join(env.DATA_DIR, 'indicators', `${id}.yaml`), 'utf8');
      expect(yaml.split('\n')[0]).toBe(fs.readFileSync(path.join(project, 'data', 'indicators', `${id}.yaml`), 'utf8').split('\n')[0]);
      expect(yaml).toContain(`  - { period: ${period}, value: ${value.replace('%', '')}, source: dashboard }\n`);
      expect(yaml).toContain('lastUpdated: 2026-07-16\n');
    }
    expect(steps.finalCheck!.status, steps.finalCheck!.output).toBe(0);
  });

  it('the rebuilt site has the meeting with both papers on its agenda, and each paper\'s page', () => {
    expect(finalBuild.status, finalBuild.output).toBe(0);
    const meetingPage = page(finalBuild, `meetings/${meeting}`)!;
    expect(meetingPage.querySelector('h1')!.text).toBe('Business Coordination Board: 16 July 2026');
    const agendaLinks = meetingPage.querySelectorAll('.agenda a').map((a) => [a.text, a.getAttribute('href')]);
    for (const paper of papers) {
      expect(agendaLinks).toContainEqual([paper.title, `/papers/${paper.id}/`]);
      const paperPage = page(finalBuild, `papers/${paper.id}`)!;
      expect(paperPage.querySelector('h1')!.text).toBe(paper.title);
      expect(paperPage.text).not.toContain('Draft – not published');
      for (const recommendation of paper.recommendations) expect(paperPage.text).toContain(recommendation);
      expect(paperPage.text).toContain('A summary written for the test.');
    }
    expect(page(finalBuild, 'meetings')!.text).toContain('16 July 2026');
  });

  it('a correction shows, dated, on the paper and on the corrections page', () => {
    const note = 'The paper gave the wrong date for the next estates review; it now gives the right one.';
    const paperPage = page(finalBuild, `papers/${papers[1]!.id}`)!;
    const notes = paperPage.querySelector('.correction-notes')!;
    expect(notes.querySelector('h2')!.text).toBe('Correction');
    expect(notes.querySelector('time')!.getAttribute('datetime')).toBe('2026-08-01');
    expect(notes.text).toContain(`1 August 2026: ${note}`);
    expect(page(finalBuild, `papers/${papers[0]!.id}`)!.querySelector('.correction-notes')).toBeNull();
    const log = page(finalBuild, 'corrections')!;
    expect(log.text).not.toContain('No corrections have been published.');
    const entry = log.querySelector('.document-list li')!;
    expect(entry.querySelector('a')!.getAttribute('href')).toBe(`/papers/${papers[1]!.id}/`);
    expect(entry.text).toContain(note);
    expect(page(draftBuild, 'corrections')!.text).toContain('No corrections have been published.');
  });

  it('the indicator pages, when the site has them, show the imported figures', () => {
    const indicatorPage = page(finalBuild, 'performance/indicators/all-recorded-crime');
    if (!indicatorPage) return; // indicator pages are built by another part of the project
    expect(indicatorPage.text).toContain('April 2018');
    expect(indicatorPage.text).toContain('5,012');
    expect(page(finalBuild, 'performance/indicators/satisfaction-with-service-delivery-police')!.text).toContain('83.1%');
  });
});
