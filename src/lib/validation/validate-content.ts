import path from 'node:path';
import type { z } from 'zod';
import { boardSchema, type Board } from '../../schemas/board.ts';
import { decisionSchema, type Decision } from '../../schemas/decision.ts';
import { inspectionSchema, type Inspection } from '../../schemas/inspection.ts';
import { meetingSchema, type Meeting } from '../../schemas/meeting.ts';
import { paperSchema, type Paper } from '../../schemas/paper.ts';
import { nestingProblem } from './markdown-limits.ts';
import { markdownProblems } from './markdown-rules.ts';
import { mdxProblems } from './mdx-rules.ts';
import { namedFiles } from '../sources/named-files.ts';
import type { Problem } from './problems.ts';
import { schemaProblems } from './schema-problems.ts';
import { readSourceFile, unreadable, type SourceFile } from '../sources/source-file.ts';

/** A validated entry: its id, data, and the file it came from. */
export interface Checked<T> {
  id: string;
  data: T;
  source: SourceFile;
}

export interface ValidatedContent {
  boards: Checked<Board>[];
  meetings: Checked<Meeting>[];
  papers: Checked<Paper>[];
  decisions: Checked<Decision>[];
  inspections: Checked<Inspection>[];
}

export interface ValidationResult {
  content: ValidatedContent;
  problems: Problem[];
}

/**
 * How each collection is stored: folder, file kind and schema. One table, used by the check, the build and the docs.
 * Texts are Markdown (`.md`); `.mdx` is still read, under the MDX rules, but Markdown builds several times faster.
 */
export const collections = {
  boards: { folder: 'boards', extension: '.yaml', kind: 'board', schema: boardSchema },
  meetings: { folder: 'meetings', extension: '.md', kind: 'meeting', schema: meetingSchema },
  papers: { folder: 'papers', extension: '.md', kind: 'paper', schema: paperSchema },
  decisions: { folder: 'decisions', extension: '.yaml', kind: 'decision', schema: decisionSchema },
  inspections: { folder: 'inspections', extension: '.md', kind: 'inspection', schema: inspectionSchema },
} as const;

/** The extensions a collection's files may have: a Markdown collection also reads MDX. */
export function extensionsOf(spec: { extension: string }): readonly string[] {
  return spec.extension === '.md' ? ['.md', '.mdx'] : [spec.extension];
}

/**
 * What the check is for. `production` (the default: npm run check, npm run build, astro build) applies every
 * rule; `preview` (npm run dev, which sets CONTENT_MODE=preview) lets an author look at work the public must not see.
 */
export type ValidationMode = 'production' | 'preview';

/** The mode named by CONTENT_MODE; anything but "preview" is production, so a missing setting is the strict one. */
export function modeFromEnvironment(env: NodeJS.ProcessEnv = process.env): ValidationMode {
  return env.CONTENT_MODE === 'preview' ? 'preview' : 'production';
}

/** Protective markings that never reach the public site. */
export const unpublishableClassifications: ReadonlySet<string> = new Set(['OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET']);

/** Ids of files that exist but are invalid: references to them are not reported again. */
type Invalid = Set<string>;

function checkCollection<S extends z.ZodType>(
  root: string,
  contentDir: string,
  spec: { folder: string; extension: string; kind: string; schema: S },
  problems: Problem[],
  invalid: Invalid,
): Checked<z.infer<S>>[] {
  const dir = path.join(contentDir, spec.folder);
  const entries: Checked<z.infer<S>>[] = [];
  const allowed = Object.keys((spec.schema as unknown as { shape: object }).shape ?? {});
  const rules = { extension: extensionsOf(spec), invalidIdFix: `use lower-case letters, digits and hyphens only, for example 2018-05-10-performance-update${spec.extension}` };
  for (const { absolute, file, id } of namedFiles(root, dir, rules, problems)) {
    const parsed = readSourceFile(root, absolute, file, id);
    problems.push(...parsed.problems);
    if (!parsed.source || parsed.problems.length) {
      invalid.add(`${spec.folder}/${id}`);
      continue;
    }
    // Bodies are checked even when the fields are wrong, so one run lists every problem in the file. A body
    // nested too deeply is refused before any parser sees it.
    const nesting = absolute.endsWith('.yaml') ? undefined : nestingProblem(parsed.source);
    try {
      if (nesting) problems.push(nesting);
      else if (absolute.endsWith('.mdx')) problems.push(...mdxProblems(parsed.source));
      else if (absolute.endsWith('.md')) problems.push(...markdownProblems(parsed.source));
    } catch (error) {
      problems.push(unreadable(file, error));
    }
    const result = spec.schema.safeParse(parsed.source.data ?? {});
    if (!result.success) {
      problems.push(...schemaProblems(parsed.source, result.error, spec.kind, allowed));
      invalid.add(`${spec.folder}/${id}`);
      continue;
    }
    entries.push({ id, data: result.data, source: parsed.source });
  }
  return entries;
}

/** Every reference between entries must point at an entry that exists. */
function checkReferences(root: string, contentDir: string, content: ValidatedContent, problems: Problem[], invalid: Invalid): void {
  const boards = new Set(content.boards.map((b) => b.id));
  const meetings = new Map(content.meetings.map((m) => [m.id, m]));
  const papers = new Map(content.papers.map((p) => [p.id, p]));
  const where = (folder: string, id: string, ext: string) => path.relative(root, path.join(contentDir, folder, id + ext));
  const missing = (source: SourceFile, fieldPath: PropertyKey[], field: string, kind: string, folder: string, id: string, ext: string, examples: Iterable<string>) => {
    if (invalid.has(`${folder}/${id}`)) return; // the file exists; its own problems are already listed
    const some = [...examples].slice(0, 3).join(', ');
    problems.push({
      file: source.file,
      line: source.lineOf(fieldPath),
      field,
      message: `"${id}" is not a ${kind}: there is no file ${where(folder, id, ext)}`,
      fix: `use the file name (without ${ext}) of a ${kind} in ${path.relative(root, path.join(contentDir, folder))}${some ? `, for example ${some}` : ''}`,
    });
  };

  for (const meeting of content.meetings) {
    if (!boards.has(meeting.data.board)) missing(meeting.source, ['board'], 'board', 'board', 'boards', meeting.data.board, '.yaml', boards);
    const approvedAt = meeting.data.minutes?.approvedAt;
    if (approvedAt && !meetings.has(approvedAt)) missing(meeting.source, ['minutes', 'approvedAt'], 'minutes.approvedAt', 'meeting', 'meetings', approvedAt, '.md', meetings.keys());
    if (meeting.data.minutes?.status === 'approved' && !approvedAt) {
      problems.push({ file: meeting.source.file, line: meeting.source.lineOf(['minutes']), field: 'minutes.approvedAt', message: 'is missing', fix: 'say which meeting approved the minutes (its id), or set status: draft' });
    }
    const items = new Set<string>();
    meeting.data.agenda.forEach((item, index) => {
      if (items.has(item.item)) {
        problems.push({ file: meeting.source.file, line: meeting.source.lineOf(['agenda', index, 'item']), field: `agenda[${index}].item`, message: `repeats item number "${item.item}"`, fix: 'give each agenda item its own number' });
      }
      items.add(item.item);
      if (item.minutesOf && !meetings.has(item.minutesOf)) missing(meeting.source, ['agenda', index, 'minutesOf'], `agenda[${index}].minutesOf`, 'meeting', 'meetings', item.minutesOf, '.md', meetings.keys());
      if (!item.paper) return;
      const paper = papers.get(item.paper);
      if (!paper) {
        missing(meeting.source, ['agenda', index, 'paper'], `agenda[${index}].paper`, 'paper', 'papers', item.paper, '.md', papers.keys());
      } else if (paper.data.meeting !== meeting.id && meetings.has(paper.data.meeting)) {
        problems.push({ file: meeting.source.file, line: meeting.source.lineOf(['agenda', index, 'paper']), field: `agenda[${index}].paper`, message: `"${item.paper}" belongs to meeting "${paper.data.meeting}" (${paper.source.file})`, fix: `link a paper whose meeting is ${meeting.id}, or correct the paper's meeting field` });
      }
    });
  }

  const agendaSlots = new Map<string, string>();
  for (const paper of content.papers) {
    if (!boards.has(paper.data.board)) missing(paper.source, ['board'], 'board', 'board', 'boards', paper.data.board, '.yaml', boards);
    const meeting = meetings.get(paper.data.meeting);
    if (!meeting) {
      missing(paper.source, ['meeting'], 'meeting', 'meeting', 'meetings', paper.data.meeting, '.md', meetings.keys());
      continue;
    }
    if (meeting.data.board !== paper.data.board && boards.has(meeting.data.board)) {
      problems.push({ file: paper.source.file, line: paper.source.lineOf(['board']), field: 'board', message: `is "${paper.data.board}" but meeting ${meeting.id} (${meeting.source.file}) is of board "${meeting.data.board}"`, fix: 'make the paper\'s board the same as its meeting\'s board' });
    }
    if (paper.data.agendaItem === undefined) continue;
    const slot = `${paper.data.meeting}#${paper.data.agendaItem}`;
    const other = agendaSlots.get(slot);
    if (other) {
      problems.push({ file: paper.source.file, line: paper.source.lineOf(['agendaItem']), field: 'agendaItem', message: `"${paper.data.agendaItem}" is already used at this meeting by ${other}`, fix: 'use the next free agenda item number for the meeting' });
    }
    agendaSlots.set(slot, paper.source.file);
  }

  for (const decision of content.decisions) {
    if (decision.data.meeting && !meetings.has(decision.data.meeting)) missing(decision.source, ['meeting'], 'meeting', 'meeting', 'meetings', decision.data.meeting, '.md', meetings.keys());
    if (decision.data.paper && !papers.has(decision.data.paper)) missing(decision.source, ['paper'], 'paper', 'paper', 'papers', decision.data.paper, '.md', papers.keys());
  }

  // Drafts count as papers here: content may name one, and the build shows it as "a paper not yet published".
  const checkPaper = (source: SourceFile, fieldPath: PropertyKey[], field: string, paper: string | undefined) => {
    if (paper !== undefined && !papers.has(paper)) missing(source, fieldPath, field, 'paper', 'papers', paper, '.md', papers.keys());
  };
  const checkMeeting = (source: SourceFile, fieldPath: PropertyKey[], field: string, meeting: string | undefined) => {
    if (meeting !== undefined && !meetings.has(meeting)) missing(source, fieldPath, field, 'meeting', 'meetings', meeting, '.md', meetings.keys());
  };
  for (const { data, source } of content.inspections) {
    data.papers.forEach((paper, index) => checkPaper(source, ['papers', index], `papers[${index}]`, paper));
    data.meetings.forEach((meeting, index) => checkMeeting(source, ['meetings', index], `meetings[${index}]`, meeting));
    data.findings.forEach((finding, index) => {
      checkPaper(source, ['findings', index, 'paper'], `findings[${index}].paper`, finding.paper);
      checkMeeting(source, ['findings', index, 'meeting'], `findings[${index}].meeting`, finding.meeting);
      checkPaper(source, ['findings', index, 'source', 'paper'], `findings[${index}].source.paper`, finding.source.paper);
    });
    checkPaper(source, ['source', 'paper'], 'source.paper', data.source.paper);
  }
  // A source may name the paper it is (common.ts); datasets' and the plan's are checked in validate-site.ts.
  for (const { data, source } of content.meetings) data.sources.forEach((s, index) => checkPaper(source, ['sources', index, 'paper'], `sources[${index}].paper`, s.paper));
  for (const { data, source } of content.papers) checkPaper(source, ['source', 'paper'], 'source.paper', data.source.paper);
  for (const { data, source } of content.decisions) checkPaper(source, ['source', 'paper'], 'source.paper', data.source.paper);
}

/**
 * Production only: a public text or field that links to a draft paper's page (/papers/<id>/) would publish the
 * draft's id, which often says what it is about. Fields that name a draft by id are shown as "a paper not yet
 * published" (draft-references.ts); a link written into a text cannot be, so it is refused.
 */
function checkLinksToDrafts(content: ValidatedContent, problems: Problem[]): void {
  const drafts = content.papers.filter((paper) => paper.data.status === 'draft').map((paper) => paper.id);
  if (!drafts.length) return;
  const link = new RegExp(`/papers/(${drafts.map((id) => id.replace(/[^a-z0-9-]/g, '')).join('|')})(?![a-z0-9-])`);
  const bodyStart = (source: SourceFile) => source.bodyLine ?? 1;
  const entries = [...content.boards, ...content.meetings, ...content.papers.filter((paper) => paper.data.status !== 'draft'), ...content.decisions, ...content.inspections];
  for (const { source } of entries) {
    const inBody = source.body ? link.exec(source.body) : null;
    const inFields = link.exec(JSON.stringify(source.data ?? {}));
    const found = inBody ?? inFields;
    if (!found) continue;
    const line = inBody ? bodyStart(source) + source.body!.slice(0, inBody.index).split('\n').length - 1 : undefined;
    problems.push({
      file: source.file,
      line,
      field: inBody ? '(body)' : '(fields)',
      message: `links to the draft paper ${found[1]}, which is not published`,
      fix: 'remove the link until the paper is published (set its status: final), or link to a published page',
    });
  }
}

/**
 * Production only: a paper marked OFFICIAL-SENSITIVE or above stops the build, draft or not, because the
 * file itself is in the published repository and a draft can be switched to final by mistake.
 */
function checkClassifications(content: ValidatedContent, problems: Problem[]): void {
  for (const paper of content.papers) {
    const marking = paper.data.classification;
    if (!unpublishableClassifications.has(marking)) continue;
    problems.push({
      file: paper.source.file,
      line: paper.source.lineOf(['classification']),
      field: 'classification',
      message: `is "${marking}": papers marked OFFICIAL-SENSITIVE, SECRET or TOP SECRET must never be published`,
      fix: 'take the file out of content/ (and out of the repository); publish only a version marked OFFICIAL or Public report, or one that prints no marking',
    });
  }
}

/** Read and check every content file. Returns every problem found, never just the first. */
export function validateContent(root: string, contentDir: string, options: { mode?: ValidationMode } = {}): ValidationResult {
  const mode = options.mode ?? modeFromEnvironment();
  const problems: Problem[] = [];
  const invalid: Invalid = new Set();
  const content: ValidatedContent = {
    boards: checkCollection(root, contentDir, collections.boards, problems, invalid),
    meetings: checkCollection(root, contentDir, collections.meetings, problems, invalid),
    papers: checkCollection(root, contentDir, collections.papers, problems, invalid),
    decisions: checkCollection(root, contentDir, collections.decisions, problems, invalid),
    inspections: checkCollection(root, contentDir, collections.inspections, problems, invalid),
  };
  checkReferences(root, contentDir, content, problems, invalid);
  if (mode === 'production') {
    checkClassifications(content, problems);
    checkLinksToDrafts(content, problems);
  }
  return { content, problems };
}
