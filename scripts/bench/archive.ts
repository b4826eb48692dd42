// Writes a synthetic archive for the benchmark: boards, monthly meetings over the years, papers with
// realistic bodies, decisions, inspections and indicator datasets with ten years of monthly figures.
// Every name is plainly fake ("Synthetic Board 3"). It is written under .bench/, never into content/ or data/.
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { indicatorTopics, polarities } from '../../src/schemas/indicator.ts';
import { random } from './random.ts';
import { Prose, realVocabulary } from './text.ts';

export interface ArchiveOptions {
  /** Folder to write into; content/ and data/ are created inside it. */
  dir: string;
  papers: number;
  indicators: number;
  /** Add `<IndicatorChart id="…" />` to some bodies (only when the site has that component). */
  charts: boolean;
  /** The real content folder, whose vocabulary the synthetic prose borrows. */
  vocabularyFrom: string;
  /**
   * The real data folder. Its files other than indicators (the plan, the glossary) do not grow with the
   * archive; they are copied, with their links to real papers dropped and to real indicators renamed.
   */
  fixedDataFrom: string;
}

export interface Archive {
  contentDir: string;
  dataDir: string;
  counts: Record<'boards' | 'meetings' | 'papers' | 'decisions' | 'inspections' | 'indicators', number>;
  /** A published paper with no chart in its body. */
  plainPaper: string;
  /** A published paper with a chart in its body, when charts are on. */
  chartPaper?: string;
  /** An indicator id used in a chart. */
  indicator?: string;
  /** A word that occurs in some bodies but not all, for the search measurement. */
  searchWord: string;
}

const boardCount = 6;
const planThemes = ['victims', 'offenders', 'communities', 'transformation'] as const;
const classifications = ['OFFICIAL', 'Public report', 'None printed'] as const;
const lastMonth = { year: 2025, month: 12 };

const two = (n: number) => String(n).padStart(2, '0');
function monthsBack(back: number): { year: number; month: number } {
  const index = lastMonth.year * 12 + (lastMonth.month - 1) - back;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
const yamlText = (value: unknown) => stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
const markdown = (data: unknown, body: string) => `---\n${yamlText(data)}---\n\n${body}\n`;

interface MeetingPlan {
  id: string;
  board: number;
  date: string;
  status: 'held' | 'scheduled';
  papers: string[];
}

export function writeArchive(options: ArchiveOptions): Archive {
  const rng = random(20_180_510 + options.papers * 7 + options.indicators);
  const prose = new Prose(rng, realVocabulary(options.vocabularyFrom));
  const contentDir = path.join(options.dir, 'content');
  const dataDir = path.join(options.dir, 'data');
  fs.rmSync(options.dir, { recursive: true, force: true });
  for (const folder of ['boards', 'meetings', 'papers', 'decisions', 'inspections']) fs.mkdirSync(path.join(contentDir, folder), { recursive: true });
  fs.mkdirSync(path.join(dataDir, 'indicators'), { recursive: true });
  const write = (folder: string, file: string, text: string) => fs.writeFileSync(path.join(folder, file), text);

  // Indicators first: paper bodies name them in charts.
  const indicatorIds = Array.from({ length: options.indicators }, (_, i) => `synthetic-indicator-${i + 1}`);
  indicatorIds.forEach((id, i) => write(path.join(dataDir, 'indicators'), `${id}.yaml`, indicatorYaml(id, i, rng, prose)));
  copyFixedData(options.fixedDataFrom, dataDir, indicatorIds);

  for (let b = 1; b <= boardCount; b += 1) {
    write(path.join(contentDir, 'boards'), `synthetic-board-${b}.yaml`, yamlText({
      name: `Synthetic Board ${b}`,
      shortName: `SB${b}`,
      description: `A made-up board for the benchmark. ${prose.sentence()}`,
      organisation: 'Synthetic Organisation',
      order: b,
    }));
  }

  // Monthly meetings of every board, newest first, until every paper has a meeting.
  const meetings: MeetingPlan[] = [];
  const paperIds: string[] = [];
  for (let back = 0; paperIds.length < options.papers; back += 1) {
    const { year, month } = monthsBack(back);
    for (let b = 1; b <= boardCount && paperIds.length < options.papers; b += 1) {
      const date = `${year}-${two(month)}-${two(3 + 4 * (b - 1))}`;
      const plan: MeetingPlan = { id: `synthetic-board-${b}-${date}`, board: b, date, status: 'held', papers: [] };
      const count = Math.min(rng.int(6, 10), options.papers - paperIds.length);
      for (let k = 0; k < count; k += 1) {
        const id = `${date}-synthetic-paper-${paperIds.length + 1}`;
        paperIds.push(id);
        plan.papers.push(id);
      }
      meetings.push(plan);
    }
  }
  for (let b = 1; b <= boardCount; b += 1) {
    const date = `2026-01-${two(3 + 4 * (b - 1))}`;
    meetings.push({ id: `synthetic-board-${b}-${date}`, board: b, date, status: 'scheduled', papers: [] });
  }

  const byBoard = new Map<number, MeetingPlan[]>();
  for (const m of meetings) byBoard.set(m.board, [...(byBoard.get(m.board) ?? []), m]);
  for (const list of byBoard.values()) list.sort((a, b) => a.date.localeCompare(b.date));

  let plainPaper = '';
  let chartPaper: string | undefined;
  let chartIndicator: string | undefined;
  let decisions = 0;
  const searchWord = 'burglary';

  for (const list of byBoard.values()) {
    list.forEach((meeting, index) => {
      const previous = list[index - 1];
      const next = list[index + 1];
      const people = (n: number, role: string) => Array.from({ length: n }, () => ({ name: `Synthetic Person ${rng.int(1, 400)}`, role }));
      const paperStatuses = new Map<string, 'draft' | 'final'>();
      const agenda: Record<string, unknown>[] = [
        { item: '1', title: 'Welcome and apologies' },
        { item: '2', title: 'Declarations of interest' },
      ];
      if (previous) agenda.push({ item: '3', title: 'Minutes of the previous meeting', minutesOf: previous.id });
      meeting.papers.forEach((paperId, k) => {
        const status = rng.chance(0.01) ? 'draft' : 'final';
        paperStatuses.set(paperId, status);
        agenda.push({ item: String(k + 4), title: `Synthetic agenda item ${k + 4}`, presenter: `Synthetic Presenter ${rng.int(1, 30)}`, paper: paperId });
      });
      const held = meeting.status === 'held';
      const data: Record<string, unknown> = {
        board: `synthetic-board-${meeting.board}`,
        date: meeting.date,
        startTime: '14:00',
        venue: `Synthetic Room ${rng.int(1, 9)}`,
        status: meeting.status,
        summary: `A synthetic meeting for the benchmark. ${prose.sentence()}`,
        present: held ? people(rng.int(4, 7), 'Synthetic member') : [],
        inAttendance: held ? people(rng.int(1, 4), 'Synthetic officer') : [],
        apologies: held ? people(rng.int(0, 2), 'Synthetic member') : [],
        agenda,
        actions: held ? Array.from({ length: rng.int(0, 4) }, (_, a) => ({ ref: `${a + 4}.1 (i)`, owner: `Synthetic Person ${rng.int(1, 400)}`, text: prose.sentence(), status: rng.pick(['open', 'in-progress', 'complete'] as const) })) : [],
        sources: [{ title: `Synthetic Board ${meeting.board} pack, ${meeting.date}` }],
      };
      if (held) data.minutes = next?.status === 'held' ? { status: 'approved', approvedAt: next.id } : { status: 'draft' };
      const minutes = held ? `## Summary of the minutes\n\n${prose.paragraph()}\n\n${prose.bullets(2, 6)}\n` : '';
      write(path.join(contentDir, 'meetings'), `${meeting.id}.md`, markdown(data, minutes || prose.paragraph(1, 2)));

      meeting.papers.forEach((paperId, k) => {
        const charts = options.charts && indicatorIds.length > 0 && rng.chance(0.2) ? rng.some(indicatorIds, rng.int(1, 2)) : [];
        const status = paperStatuses.get(paperId)!;
        if (status === 'final' && charts.length === 0 && !plainPaper) plainPaper = paperId;
        if (status === 'final' && charts.length > 0 && !chartPaper) [chartPaper, chartIndicator] = [paperId, charts[0]];
        const paper = {
          title: `Synthetic paper ${paperId.replace(/^.*-/, '')}: ${prose.heading()}`,
          board: `synthetic-board-${meeting.board}`,
          meeting: meeting.id,
          agendaItem: `${k + 4}.0`,
          from: `Synthetic Directorate ${rng.int(1, 6)}`,
          date: meeting.date,
          classification: rng.pick(classifications),
          status,
          markedDraft: rng.chance(0.02),
          purpose: prose.sentence(12, 30),
          recommendations: Array.from({ length: rng.int(1, 3) }, () => prose.sentence(5, 14)),
          contacts: Array.from({ length: rng.int(0, 2) }, () => {
            const n = rng.int(1, 500);
            return { name: `Synthetic Officer ${n}`, role: 'Synthetic role', email: `synthetic.officer.${n}@example.org` };
          }),
          backgroundDocuments: Array.from({ length: rng.int(0, 3) }, (_, d) => ({ title: `Synthetic background document ${d + 1}`, url: `https://example.org/synthetic/${paperId}/${d + 1}` })),
          themes: rng.some(planThemes, rng.int(0, 2)),
          topics: Array.from(new Set(Array.from({ length: rng.int(1, 4) }, () => prose.heading().toLowerCase()))),
          appendices: Array.from({ length: rng.int(0, 2) }, (_, a) => `Synthetic appendix ${a + 1}`),
          source: { title: `Synthetic Board ${meeting.board} pack, ${meeting.date}, item ${k + 4}` },
        };
        write(path.join(contentDir, 'papers'), `${paperId}.md`, markdown(paper, paperBody(rng, prose, charts, searchWord)));

        if (status === 'final' && rng.chance(0.04)) {
          decisions += 1;
          write(path.join(contentDir, 'decisions'), `${meeting.date}-synthetic-decision-${decisions}.yaml`, yamlText({
            title: `Synthetic decision ${decisions}`,
            date: meeting.date,
            decisionMaker: 'Synthetic Decision Maker',
            meeting: meeting.id,
            paper: paperId,
            reference: `Minute ${k + 4}.1`,
            summary: prose.paragraph(1, 3),
            source: { title: `Synthetic Board ${meeting.board} pack, ${meeting.date}` },
          }));
        }
      });
    });
  }

  const inspections = Math.max(2, Math.round(options.papers / 500));
  for (let i = 1; i <= inspections; i += 1) {
    const { year, month } = monthsBack(rng.int(0, 120));
    write(path.join(contentDir, 'inspections'), `synthetic-inspection-${i}.md`, markdown({
      title: `Synthetic inspection report ${i}`,
      inspectorate: 'Synthetic Inspectorate',
      published: `${year}-${two(month)}-01`,
      publishedLabel: `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]} ${year}`,
      summary: prose.sentence(15, 30),
      url: `https://example.org/synthetic/inspection-${i}.pdf`,
      source: { title: `Synthetic inspection report ${i}` },
    }, paperBody(rng, prose, [], searchWord)));
  }

  return {
    contentDir,
    dataDir,
    counts: { boards: boardCount, meetings: meetings.length, papers: paperIds.length, decisions, inspections, indicators: indicatorIds.length },
    plainPaper,
    chartPaper,
    indicator: chartIndicator ?? indicatorIds[0],
    searchWord,
  };
}

/** Copies the data files that do not scale with the archive, pointing their references at synthetic ids. */
function copyFixedData(from: string, to: string, indicatorIds: readonly string[]): void {
  if (!fs.existsSync(from)) return;
  const renamed = new Map<string, string>();
  const rename = (id: string) => {
    if (!renamed.has(id)) renamed.set(id, indicatorIds[renamed.size % Math.max(1, indicatorIds.length)]!);
    return renamed.get(id)!;
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'paper' && typeof item === 'string') continue;
      if ((key === 'indicators' || key === 'related') && Array.isArray(item)) copy[key] = indicatorIds.length ? [...new Set(item.map((id) => rename(String(id))))] : [];
      else if (key === 'indicator' && typeof item === 'string' && indicatorIds.length) copy[key] = rename(item);
      else copy[key] = rewrite(item);
    }
    return copy;
  };
  for (const file of fs.readdirSync(from, { recursive: true }).map(String)) {
    const source = path.join(from, file);
    if (file === 'indicators' || file.startsWith(`indicators${path.sep}`) || !fs.statSync(source).isFile()) continue;
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    const text = fs.readFileSync(source, 'utf8');
    fs.writeFileSync(path.join(to, file), /\.ya?ml$/.test(file) ? yamlText(rewrite(parse(text, { schema: 'core' }))) : text);
  }
}

/** A body shaped like the real summaries: sections with headings, paragraphs, lists, sometimes a table or a chart. */
function paperBody(rng: ReturnType<typeof random>, prose: Prose, charts: string[], searchWord: string): string {
  const parts = [`## About this paper\n\n${prose.paragraph(2, 5)}`];
  const sections = rng.int(3, 7);
  const chartAt = new Map(charts.map((id) => [rng.int(0, sections - 1), id]));
  for (let s = 0; s < sections; s += 1) {
    parts.push(`## ${prose.heading()}`);
    if (rng.chance(0.6)) parts.push(prose.paragraph(1, 4));
    parts.push(prose.bullets(3, 8));
    if (rng.chance(0.12)) parts.push(prose.table());
    const chart = chartAt.get(s);
    if (chart) parts.push(`<IndicatorChart id="${chart}" />`);
  }
  // A searchable word in about one body in ten, so a query has a realistic number of hits.
  if (rng.chance(0.1)) parts.push(`The ${searchWord} figures are ${prose.figure()} in this synthetic text.`);
  return parts.join('\n\n');
}

function indicatorYaml(id: string, index: number, rng: ReturnType<typeof random>, prose: Prose): string {
  const percent = rng.chance(0.35);
  const header: Record<string, unknown> = {
    title: `Synthetic indicator ${index + 1}`,
    subject: `Synthetic indicator ${index + 1}`,
  };
  if (index < 42) {
    header.theme = planThemes[index % 4];
    header.dashboardPosition = index + 1;
  }
  Object.assign(header, {
    topics: [rng.pick(indicatorTopics)],
    unit: { kind: percent ? 'percent' : 'count', of: percent ? 'synthetic cases' : 'synthetic events' },
    polarity: rng.pick(polarities),
    definition: `A made-up measure for the benchmark. ${prose.sentence()}`,
    notes: [prose.sentence()],
    lastUpdated: '2026-01-15',
    sources: { synthetic: { title: 'Synthetic benchmark source' } },
  });
  let level = percent ? rng.int(50, 95) : rng.int(100, 6000);
  const observations: string[] = [];
  const values: number[] = [];
  for (let back = 119; back >= 0; back -= 1) {
    const { year, month } = monthsBack(back);
    level = percent ? Math.min(100, Math.max(0, level + (rng.next() - 0.5) * 4)) : Math.max(0, Math.round(level * (0.93 + rng.next() * 0.14)));
    const value = percent ? Math.round(level * 10) / 10 : level;
    values.push(value);
    observations.push(`  - { period: "${year}-${two(month)}", value: ${value}, source: synthetic }`);
  }
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const mean = (list: number[]) => Math.round((sum(list) / list.length) * 10) / 10;
  const last12 = values.slice(-12);
  const before12 = values.slice(-24, -12);
  const summary = {
    period: '2025-12',
    fytd: percent ? mean(values.slice(-9)) : sum(values.slice(-9)),
    fytdPreviousYear: percent ? mean(values.slice(-21, -12)) : sum(values.slice(-21, -12)),
    rolling12Months: percent ? mean(last12) : sum(last12),
    baseline: percent ? mean(before12) : sum(before12),
    vsOneYearAverage: rng.pick(['higher', 'lower', 'comparable'] as const),
    vsThreeYearAverage: rng.pick(['higher', 'lower', 'comparable'] as const),
    performanceVsBaseline: rng.pick(['higher', 'lower', 'comparable'] as const),
    source: 'synthetic',
  };
  return `# Synthetic benchmark data: made up, not real figures.\n${yamlText(header)}observations:\n${observations.join('\n')}\n${yamlText({ summary })}`;
}
