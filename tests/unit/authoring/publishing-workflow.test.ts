// End to end, on a temporary copy of content/ and data/, following the README and docs/content-guide.md:
// add a meeting with two papers (npm run new), check and build straight away (drafts stay out), mark the
// papers final, import three months of invented figures for every dashboard indicator in two imports
// (npm run import: April 2018, then May and June), check, build, and find the new meeting, papers and
// figures in the built site, with the figures for June worked out and labelled as the site's own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntoTemporaryFolder, cleanEnvironment, type TemporaryBuild } from '../../helpers/build-site.ts';
import { historyIndicators, monthlyCycleCsvs, monthsBetween, syntheticValue } from '../../helpers/synthetic-months.ts';
import { validateData } from '../../../src/lib/validation/validate-data.ts';

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
// Invented figures for the test only (tests/helpers/synthetic-months.ts): they go into the temporary copy.
const published = new Map(validateData(project, path.join(project, 'data')).indicators.map((i) => [i.id, i.data]));
const csvs = monthlyCycleCsvs(published);
const dashboardIds = [...published].filter(([, d]) => d.summaries.length).map(([id]) => id);
/** The figure for a month, as the temporary copy holds it after both imports: the published one, or the invented one. */
const figureFor = (id: string, month: string) => published.get(id)!.observations.find((o) => o.period === month && !o.series)?.value ?? syntheticValue(id, published.get(id)!, month);
const sum = (id: string, from: string, to: string) => monthsBetween(from, to).reduce((total, month) => total + figureFor(id, month), 0);
const uk = (n: number) => n.toLocaleString('en-GB');
const contentFile = (folder: string, name: string) => path.join(env.CONTENT_DIR, folder, name);
const page = (build: TemporaryBuild, sitePath: string) => {
  const file = path.join(build.dist, sitePath, 'index.html');
  return fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) : undefined;
};

const shared: { final?: TemporaryBuild; cleanUp: string[] } = { cleanUp: [] };
afterAll(() => shared.cleanUp.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('publishing a meeting, two papers and a month of figures', () => {
  let draftBuild: TemporaryBuild;
  let finalBuild: TemporaryBuild;
  const steps: Record<string, { status: number | null; output: string }> = {};

  beforeAll(() => {
    steps.meeting = npm('new', 'meeting', '--board', 'business-coordination-board', '--date', '2026-07-16', '--start-time', '14:00', '--summary', 'A meeting added by the publishing workflow test.', '--source', 'Workflow test pack', '--item', 'Welcome and apologies');
    for (const paper of papers) {
      steps[paper.id] = npm('new', 'paper', '--meeting', meeting, '--date', '2026-07-16', '--title', paper.title, '--from', paper.from, '--classification', 'None printed', '--purpose', 'To test the publishing workflow.', ...paper.recommendations.flatMap((r) => ['--recommendation', r]), '--source', 'Workflow test pack');
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
    // The analyst's cycle, as the content guide's "Publishing a month of figures" describes it. April credits
    // the figures to a new document; --allow-gap because some indicators last had figures before March 2018.
    const april = path.join(root, 'figures-2018-04.csv');
    const mayJune = path.join(root, 'figures-2018-05-06.csv');
    fs.writeFileSync(april, csvs.april);
    fs.writeFileSync(mayJune, csvs.mayJune);
    const aprilDocument = ['--source', 'dashboard-2018-04', '--source-title', 'Workflow test: dashboard as at 30 April 2018'];
    steps.dryRun = npm('import', april, ...aprilDocument, '--allow-gap');
    steps.import = npm('import', april, ...aprilDocument, '--allow-gap', '--write', '--published', '2026-07-16');
    // The same CSV credited to the March dashboard is refused: it covers figures to March 2018 only.
    steps.wrongSource = npm('import', mayJune, '--source', 'dashboard');
    steps.secondImport = npm('import', mayJune, '--source', 'dashboard-2018-06', '--source-title', 'Workflow test: dashboard as at 30 June 2018', '--write', '--published', '2026-07-16');
    steps.finalCheck = npm('check');
    finalBuild = buildIntoTemporaryFolder('workflow-final', env);
    shared.final = finalBuild;
  }, 900_000);

  // Both describe blocks read the final build, so the folders go when the whole file is done.
  afterAll(() => shared.cleanUp.push(root, ...[draftBuild, finalBuild].flatMap((build) => (build ? [path.dirname(build.dist)] : []))));

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
    const rows = (csv: string) => csv.trim().split('\n').length - 1;
    expect(steps.import!.output).toContain(`Wrote ${rows(csvs.april)} figures added, 0 replaced, 0 already there, in ${dashboardIds.length} files`);
    expect(steps.wrongSource!.status).toBe(1);
    expect(steps.wrongSource!.output).toMatch(/period \(column B\) {2}is "2018-05" \(all-recorded-crime, May 2018\) — must be no later than 2018-03, the last month the source "dashboard" covers \(its dataTo\)/);
    expect(steps.secondImport!.status, steps.secondImport!.output).toBe(0);
    expect(steps.secondImport!.output).toContain(`Wrote ${rows(csvs.mayJune)} figures added, 0 replaced, 0 already there, in ${dashboardIds.length} files`);
    for (const id of dashboardIds) {
      const yaml = fs.readFileSync(path.join(env.DATA_DIR, 'indicators', `${id}.yaml`), 'utf8');
      expect(yaml.split('\n')[0]).toBe(fs.readFileSync(path.join(project, 'data', 'indicators', `${id}.yaml`), 'utf8').split('\n')[0]);
      expect(yaml).toContain(`  - { period: 2018-06, value: ${syntheticValue(id, published.get(id)!, '2018-06')}, source: dashboard-2018-06 }\n`);
      expect(yaml).toContain('  dashboard-2018-06:\n    title: "Workflow test: dashboard as at 30 June 2018"\n    dataTo: 2018-06\n');
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

});

describe('after three months of figures, the performance pages lead with June 2018', () => {
  const text = (node: { text: string } | null | undefined) => (node?.text ?? '').replace(/\s+/g, ' ').trim();
  const table = (html: ReturnType<typeof parse>, caption: string) => {
    const found = html.querySelectorAll('table').find((t) => text(t.querySelector('caption')).startsWith(caption));
    return found?.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map((cell) => text(cell)));
  };
  const crime = () => page(finalBuild, 'performance/indicators/all-recorded-crime')!;
  // Worked out by hand from the figures the two imports added (and the published March figures).
  const june = figureFor('all-recorded-crime', '2018-06');
  const juneBefore = figureFor('all-recorded-crime', '2017-06');
  const fytd = sum('all-recorded-crime', '2018-04', '2018-06');
  const fytdBefore = sum('all-recorded-crime', '2017-04', '2017-06');
  const rolling = sum('all-recorded-crime', '2017-07', '2018-06');
  const baseline = sum('all-recorded-crime', '2016-07', '2017-06');
  const percent = (to: number, from: number) => (Math.abs(((to - from) / from) * 100)).toFixed(1);
  let finalBuild: TemporaryBuild;
  beforeAll(() => {
    finalBuild = lastBuild();
  });

  it('has history for the counts, so that every 12 months to June 2018 is complete', () => {
    expect(historyIndicators).toContain('all-recorded-crime');
    expect(monthsBetween('2016-07', '2018-06')).toHaveLength(24);
  });

  it('the dashboard leads with the 12 months to June 2018, compared with the previous 12 months, rated by the site and saying so', () => {
    const change = ((rolling - baseline) / baseline) * 100;
    const way = change > 0 ? 'higher' : 'lower';
    const rating = Math.abs(change) < 3 ? 'No clear change' : change > 0 ? 'Worse' : 'Better';
    const dashboard = page(finalBuild, 'performance')!;
    expect(text(dashboard.querySelector('.overview__basis'))).toMatch(/^The 12 months to June 2018: how the \d+ indicators/);
    const row = dashboard.querySelectorAll('.dashboard-table tbody tr').find((tr) => text(tr.querySelector('th')) === 'All recorded crime')!;
    expect(row.querySelectorAll('td').map((td) => text(td))).toEqual([`${uk(rolling)} crimes`, `${{ 'No clear change': '', Worse: '↑ ', Better: '↓ ' }[rating]}${percent(rolling, baseline)}% ${way} than the previous 12 months ${rating} the site’s own rating`]);
    const theme = page(finalBuild, 'performance/themes/offenders')!;
    const tile = theme.querySelectorAll('.tile').find((t) => text(t).startsWith('All recorded crime'))!;
    expect(text(tile.querySelector('.tile__value'))).toBe(`${uk(rolling)} crimes`);
    expect(text(tile.querySelector('.tile__period'))).toBe('12 months to June 2018');
    expect(text(tile.querySelector('.tile__change'))).toContain(`${percent(rolling, baseline)}% ${way} than the previous 12 months (${uk(baseline)} crimes)`);
    expect(text(tile.querySelector('.tile__verdict'))).toBe(`${rating} The site’s own rating`);
    expect(text(tile.querySelector('.tile__secondary'))).toBe(`June 2018 alone: ${uk(june)} crimes`);
  });

  it('the indicator page gives June\'s figure, the year to date and the 12 months, each worked out by the site', () => {
    expect(text(crime().querySelector('main'))).toContain(`12 months to June 2018: ${uk(rolling)} crimes.`);
    expect(text(crime().querySelector('main'))).toContain(`June 2018 alone: ${uk(june)} crimes.`);
    expect(table(crime(), 'All recorded crime: summary figures for June 2018')).toEqual([
      ['Financial year to date: April to June 2018', uk(fytd), 'Worked out by the site: the sum of the monthly figures'],
      ['Same months a year earlier: April to June 2017', uk(fytdBefore), 'Worked out by the site: the sum of the monthly figures'],
      ['12 months to June 2018', uk(rolling), 'Worked out by the site: the sum of the monthly figures'],
      ['The previous 12 months: 12 months to June 2017', uk(baseline), 'Worked out by the site: the sum of the monthly figures'],
    ]);
    expect(table(crime(), 'All recorded crime: ratings for June 2018')![0]![1]).toMatch(/\(the site’s own rating\)$/);
    expect(text(crime().querySelector('main'))).toContain('The site’s own rating compares the 12 months to the month with the 12 months before');
  });

  it('keeps March 2018\'s published summary and ratings exactly as printed', () => {
    expect(table(crime(), 'All recorded crime: summary figures for March 2018')).toEqual([
      ['Financial year to date: April 2017 to March 2018', '66,192'],
      ['Same months a year earlier: April 2016 to March 2017', '58,060'],
      ['12 months to March 2018', '66,192'],
      ['Baseline', '58,060'],
    ]);
    expect(table(crime(), 'All recorded crime: how the dashboard rates March 2018')!.map((row) => row[1])).toEqual([
      'Comparable: no clear change',
      'Higher: worse, because lower is better',
      'Higher: worse, because lower is better',
      'Higher: worse, because lower is better',
    ]);
  });

  it('rates nothing it cannot work out: a percentage with no published summary for June gets no rating', () => {
    const satisfaction = page(finalBuild, 'performance/indicators/satisfaction-with-service-delivery-police')!;
    const value = syntheticValue('satisfaction-with-service-delivery-police', published.get('satisfaction-with-service-delivery-police')!, '2018-06');
    expect(text(satisfaction.querySelector('main'))).toContain(`June 2018: ${value.toFixed(1)}%.`);
    expect(text(satisfaction.querySelector('main'))).not.toContain('rating: the 12 months to June 2018');
    expect(table(satisfaction, 'Satisfaction with service delivery – police: summary figures for June 2018')).toBeUndefined();
    // March's printed summary is still there, with its caption's month.
    expect(table(satisfaction, 'Satisfaction with service delivery – police: summary figures for March 2018')).toBeDefined();
  });

  it('labels every period for what it is: no span is labelled as a month, no raw period syntax', () => {
    for (const id of ['all-recorded-crime', 'burglary-dwelling', 'special-constabulary-establishment']) {
      const html = page(finalBuild, `performance/indicators/${id}`)!;
      const body = text(html.querySelector('main'));
      expect(body).not.toMatch(/\b(fytd-to|12m-to)-\d{4}/);
      for (const row of html.querySelectorAll('tbody th').map((th) => text(th))) {
        // A month alone names one month; every other row header says what kind of period it is.
        expect(row, id).toMatch(/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$|months|year|Baseline|At the end of|earlier|against|[Cc]ompared|average/);
      }
    }
  });

  it('the performance feed leads with June 2018', () => {
    const feed = fs.readFileSync(path.join(finalBuild.dist, 'feeds', 'performance.xml'), 'utf8');
    const first = /<item>\s*<title>([^<]*)<\/title>/.exec(feed)![1];
    expect(first).toMatch(/: June 2018$/);
    expect(feed).toContain('<title>All recorded crime: June 2018</title>');
  });

  it('the download leads with June 2018 and marks the site\'s own figures', () => {
    const csv = fs.readFileSync(path.join(finalBuild.dist, 'data', 'all-recorded-crime.csv'), 'utf8');
    expect(csv).toContain(`all-recorded-crime,observation,2018-06,June 2018,,,,${june},`);
    expect(csv).toContain(`all-recorded-crime,computed by the site,12m-to-2018-06,12 months to June 2018,,,rolling 12 months,${rolling},`);
  });
});

/** The final build of the publishing test above (the two describe blocks share it). */
function lastBuild(): TemporaryBuild {
  if (!shared.final) throw new Error('the final build has not run');
  return shared.final;
}
