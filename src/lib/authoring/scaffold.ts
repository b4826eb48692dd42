// The pure part of `npm run new`: from the answers (flags or prompts) and what is already in
// content/, work out the new file's name and text, and the edit to the meeting's agenda.
// Field order, required fields, placeholders and their descriptions all come from the zod
// schemas and their JSDoc, so a new field in a schema appears here without a change.
import fs from 'node:fs';
import path from 'node:path';
import { Document, isMap, isSeq, visit, YAMLSeq } from 'yaml';
import type { z } from 'zod';
import { decisionSchema } from '../../schemas/decision.ts';
import { meetingSchema } from '../../schemas/meeting.ts';
import { paperSchema } from '../../schemas/paper.ts';
import { compareAgendaItems } from '../model/agenda.ts';
import type { Problem } from '../validation/problems.ts';
import { fieldsOfDoc, type FieldDoc, type SchemaDocs } from './schema-docs.ts';
import { describeType, shapeOf } from './schema-fields.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import { parseMdxFile, parseYamlFile } from '../sources/source-file.ts';
import { extensionsOf } from '../validation/validate-content.ts';
import { editFrontmatter, insertInOrder } from './yaml-edit.ts';

export const kinds = ['meeting', 'paper', 'decision'] as const;
export type Kind = (typeof kinds)[number];

/** Where problems with the command's own input are reported, in place of a file name. */
export const commandLine = 'npm run new';

/** Today's date in the UK, written YYYY-MM-DD, whatever the machine's time zone. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A short id from a title: lower case, hyphens, at most about 50 characters, cut at a word. */
export function slugify(title: string, maxLength = 50): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + 1 + word.length > maxLength) break;
    slug = slug ? `${slug}-${word}` : word.slice(0, maxLength);
  }
  return slug;
}

/** The next agenda item number: one more than the highest whole number already used. */
export function nextAgendaItem(used: readonly (string | undefined)[]): string {
  const numbers = used.map((item) => Number.parseInt(item ?? '', 10)).filter((n) => Number.isFinite(n));
  return String(Math.max(0, ...numbers) + 1);
}

// ---------------------------------------------------------------------------------------------
// What is already in content/.

export interface AgendaEntry {
  item: string;
  title?: string;
  paper?: string;
}

/** The ids and the few fields of existing content that a new file refers to. */
export interface ContentIndex {
  root: string;
  contentDir: string;
  boards: Map<string, { name?: string }>;
  meetings: Map<string, { file: string; board?: string; date?: string; agenda: AgendaEntry[] }>;
  papers: Map<string, { file: string; meeting?: string; agendaItem?: string; title?: string }>;
  decisions: Set<string>;
}

const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const textOf = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);

function filesIn(dir: string, extensions: readonly string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => extensions.includes(path.extname(name)) && !name.startsWith('.'))
    .sort();
}

/** Read what a new file may refer to. Lenient: a file with problems still counts as existing. */
export function readContentIndex(root: string, contentDir: string): ContentIndex {
  // Texts are .md, or .mdx as older content may be (see validate-content.ts).
  const read = (folder: string, extension: '.yaml' | '.md') =>
    filesIn(path.join(contentDir, folder), extensionsOf({ extension })).map((name) => {
      const absolute = path.join(contentDir, folder, name);
      const file = path.relative(root, absolute);
      const id = path.basename(name, path.extname(name));
      const text = fs.readFileSync(absolute, 'utf8');
      const parsed = extension === '.md' ? parseMdxFile(file, id, text) : parseYamlFile(file, id, text);
      return { id, file, data: record(parsed.source.data) };
    });
  return {
    root,
    contentDir,
    boards: new Map(read('boards', '.yaml').map(({ id, data }) => [id, { name: textOf(data.name) }])),
    meetings: new Map(
      read('meetings', '.md').map(({ id, file, data }) => [
        id,
        {
          file,
          board: textOf(data.board),
          date: textOf(data.date),
          agenda: (Array.isArray(data.agenda) ? data.agenda : []).map((item) => {
            const entry = record(item);
            return { item: textOf(entry.item) ?? '', title: textOf(entry.title), paper: textOf(entry.paper) };
          }),
        },
      ]),
    ),
    papers: new Map(read('papers', '.md').map(({ id, file, data }) => [id, { file, meeting: textOf(data.meeting), agendaItem: textOf(data.agendaItem), title: textOf(data.title) }])),
    decisions: new Set(read('decisions', '.yaml').map(({ id }) => id)),
  };
}

// ---------------------------------------------------------------------------------------------
// The questions: one flag each. `field` is where the answer goes in the file's data.

export interface Question {
  flag: string;
  /** Path of the field the answer fills, as zod reports it: `title`, `source.title`, `sources[0].title`. */
  field: string;
  /** Must have a value once defaults are applied. */
  required?: boolean;
  /** Repeatable: each use adds one item to a list. */
  list?: boolean;
  /** A yes/no flag. */
  boolean?: boolean;
  /** What to type, when the schema description does not say it. */
  hint?: string;
  /** Not a field of the file: used for its name or for the agenda. */
  extra?: boolean;
}

const sourceQuestions = (base: string): Question[] => [
  { flag: 'source', field: `${base}.title`, required: true, hint: 'the title of the document the facts come from, for example "Business Coordination Board pack, 10 May 2018"' },
  { flag: 'source-location', field: `${base}.location` },
  { flag: 'source-url', field: `${base}.url` },
];
const personHint = 'one person per answer, written "Name, Role"';

export const questions: Record<Kind, Question[]> = {
  meeting: [
    { flag: 'board', field: 'board', required: true },
    { flag: 'date', field: 'date', required: true, hint: 'YYYY-MM-DD; today if left empty' },
    { flag: 'start-time', field: 'startTime', hint: '"HH:MM", for example 14:00' },
    { flag: 'venue', field: 'venue' },
    { flag: 'status', field: 'status', required: true, hint: 'scheduled if left empty' },
    { flag: 'summary', field: 'summary', required: true },
    { flag: 'item', field: 'agenda', list: true, hint: 'the title of each agenda item, in order; they are numbered 1, 2, 3…' },
    { flag: 'present', field: 'present', list: true, hint: personHint },
    { flag: 'in-attendance', field: 'inAttendance', list: true, hint: personHint },
    { flag: 'apologies', field: 'apologies', list: true, hint: personHint },
    ...sourceQuestions('sources[0]'),
  ],
  paper: [
    { flag: 'meeting', field: 'meeting', required: true },
    { flag: 'board', field: 'board', required: true, hint: "the meeting's board if left empty" },
    { flag: 'title', field: 'title', required: true },
    { flag: 'slug', field: 'slug', extra: true, hint: 'short title for the file name, lower-case words joined by hyphens; made from the title if left empty' },
    { flag: 'agenda-item', field: 'agendaItem', hint: 'the next free number at the meeting if left empty' },
    { flag: 'presenter', field: 'presenter', extra: true, hint: 'who presents the item, for the agenda' },
    { flag: 'from', field: 'from', required: true },
    { flag: 'date', field: 'date', required: true, hint: 'YYYY-MM-DD; today if left empty' },
    { flag: 'classification', field: 'classification', required: true },
    { flag: 'status', field: 'status', required: true, hint: 'draft if left empty' },
    { flag: 'marked-draft', field: 'markedDraft', boolean: true, hint: 'yes or no; as a flag, --marked-draft on its own' },
    { flag: 'purpose', field: 'purpose', required: true },
    { flag: 'recommendation', field: 'recommendations', list: true, required: true },
    { flag: 'contact', field: 'contacts', list: true, hint: personHint },
    { flag: 'background-document', field: 'backgroundDocuments', list: true, hint: 'one document per answer: its title, or "Title | https://address"' },
    { flag: 'theme', field: 'themes', list: true },
    { flag: 'topic', field: 'topics', list: true },
    { flag: 'appendix', field: 'appendices', list: true },
    ...sourceQuestions('source'),
  ],
  decision: [
    { flag: 'title', field: 'title', required: true },
    { flag: 'slug', field: 'slug', extra: true, hint: 'short title for the file name; made from the title if left empty' },
    { flag: 'date', field: 'date', required: true, hint: 'YYYY-MM-DD; today if left empty' },
    { flag: 'decision-maker', field: 'decisionMaker', required: true },
    { flag: 'meeting', field: 'meeting' },
    { flag: 'paper', field: 'paper' },
    { flag: 'reference', field: 'reference' },
    { flag: 'summary', field: 'summary', required: true },
    ...sourceQuestions('source'),
  ],
};

/** The schema and the name of its constant in src/schemas (for its JSDoc), by kind. */
export const schemas: Record<Kind, { schema: z.ZodType; docName: string; folder: string; extension: string }> = {
  meeting: { schema: meetingSchema, docName: 'meetingSchema', folder: 'meetings', extension: '.md' },
  paper: { schema: paperSchema, docName: 'paperSchema', folder: 'papers', extension: '.md' },
  decision: { schema: decisionSchema, docName: 'decisionSchema', folder: 'decisions', extension: '.yaml' },
};

/** The answers given: flag name → text, list of texts, or true. */
export type Answers = Record<string, string | string[] | boolean | undefined>;

const single = (answers: Answers, flag: string): string | undefined => {
  const value = answers[flag];
  const text = Array.isArray(value) ? value.at(-1) : typeof value === 'string' ? value : undefined;
  return text?.trim() ? text.trim() : undefined;
};
const many = (answers: Answers, flag: string): string[] => {
  const value = answers[flag];
  return (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).map((v) => v.trim()).filter(Boolean);
};

/** "Natalie Benton, Chief Executive" → { name, role }. Only the first comma separates them. */
export function parsePerson(text: string): { name: string; role?: string } {
  const comma = text.indexOf(',');
  if (comma < 0) return { name: text.trim() };
  const role = text.slice(comma + 1).trim();
  return role ? { name: text.slice(0, comma).trim(), role } : { name: text.slice(0, comma).trim() };
}

/** "Title | https://…" → { title, url }. */
export function parseDocumentRef(text: string): { title: string; url?: string } {
  const bar = text.lastIndexOf('|');
  if (bar < 0) return { title: text.trim() };
  return { title: text.slice(0, bar).trim(), url: text.slice(bar + 1).trim() || undefined };
}

/** The description of a field (from its JSDoc), for prompts and placeholders. */
export function describeField(docs: SchemaDocs, kind: Kind, field: string): string | undefined {
  const parts = field.replace(/\[\d+\]/g, '').split('.');
  let fields = fieldsOfDoc(docs, docs.get(schemas[kind].docName));
  let doc: FieldDoc | undefined;
  for (const part of parts) {
    doc = fields?.get(part);
    fields = fieldsOfDoc(docs, doc);
  }
  return doc?.description;
}

// ---------------------------------------------------------------------------------------------
// Turning answers into a file.

/** A file to write: where, its text, and whether it is new. */
export interface PlannedFile {
  file: string;
  text: string;
  action: 'create' | 'update';
}

export interface Plan {
  kind: Kind;
  id: string;
  files: PlannedFile[];
  /** What was done, in a sentence each, for the summary printed after writing. */
  notes: string[];
}

export interface ScaffoldOptions {
  kind: Kind;
  answers: Answers;
  index: ContentIndex;
  docs: SchemaDocs;
  today: string;
}

const flagProblem = (flag: string, message: string, fix: string): Problem => ({ file: commandLine, field: `--${flag}`, message, fix });
const some = (ids: Iterable<string>, count = 3) => [...ids].slice(0, count).join(', ');

/** Where a meeting's id comes from: `<board>-<date>`. */
export const meetingId = (board: string, date: string) => `${board}-${date}`;

function checkMeeting(index: ContentIndex, id: string | undefined, flag = 'meeting'): Problem[] {
  if (!id || index.meetings.has(id)) return [];
  const folder = path.relative(index.root, path.join(index.contentDir, 'meetings'));
  const newest = [...index.meetings].sort(([a, x], [b, y]) => (y.date ?? '').localeCompare(x.date ?? '') || a.localeCompare(b)).map(([meetingId]) => meetingId);
  return [
    flagProblem(
      flag,
      `"${id}" is not a meeting: there is no file ${path.join(folder, `${id}.md`)}`,
      `use the file name (without .md) of a meeting in ${folder}${newest.length ? `, for example ${some(newest)}` : ''}, or add the meeting first with npm run new -- meeting`,
    ),
  ];
}

function checkBoard(index: ContentIndex, id: string | undefined): Problem[] {
  if (!id || index.boards.has(id)) return [];
  const folder = path.relative(index.root, path.join(index.contentDir, 'boards'));
  return [flagProblem('board', `"${id}" is not a board: there is no file ${path.join(folder, `${id}.yaml`)}`, `use one of: ${[...index.boards.keys()].join(', ') || `(none yet: add a board file in ${folder})`}`)];
}

/** Map zod's problems onto the flags that set the fields. */
function flagProblems(kind: Kind, source: { file: string; id: string; data: unknown }, error: z.ZodError, docs: SchemaDocs): Problem[] {
  const allowed = Object.keys(shapeOf(schemas[kind].schema) ?? {});
  const problems = schemaProblems({ ...source, lineOf: () => undefined }, error, kind, allowed);
  const byLength = [...questions[kind]].filter((q) => !q.extra).sort((a, b) => b.field.length - a.field.length);
  return problems.map((problem) => {
    const question =
      byLength.find((q) => problem.field === q.field || problem.field.startsWith(`${q.field}.`) || problem.field.startsWith(`${q.field}[`)) ??
      // A missing group (`source`) is given by the flag of its required field (`--source` for source.title).
      questions[kind].find((q) => q.required && (q.field.startsWith(`${problem.field}.`) || q.field.startsWith(`${problem.field}[`)));
    if (!question) return { ...problem, file: commandLine };
    const about = describeField(docs, kind, question.field);
    const fix = problem.message === 'is missing' ? `add --${question.flag} "…"${about ? `: ${about.replace(/\.$/, '')}` : ''}` : problem.fix;
    return { ...problem, file: commandLine, field: `--${question.flag}`, fix };
  });
}

/** Build the data a new file holds from the answers, with defaults applied. */
export function answersToData(options: ScaffoldOptions): { data: Record<string, unknown>; problems: Problem[]; extra: Record<string, string | undefined> } {
  const { kind, answers, index, today } = options;
  const problems: Problem[] = [];
  const data: Record<string, unknown> = {};
  const extra: Record<string, string | undefined> = {};
  const set = (field: string, value: unknown) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    // `sources[0].title` and `source.title`: create the parents on the way.
    const parts = field.split(/\.|(?=\[)/).map((p) => (p.startsWith('[') ? Number(p.slice(1, -1)) : p));
    let target: Record<PropertyKey, unknown> = data;
    parts.slice(0, -1).forEach((part, i) => {
      target[part] ??= typeof parts[i + 1] === 'number' ? [] : {};
      target = target[part] as Record<PropertyKey, unknown>;
    });
    target[parts.at(-1)!] = value;
  };
  for (const question of questions[kind]) {
    if (question.extra) {
      extra[question.flag] = single(answers, question.flag);
      continue;
    }
    if (question.boolean) {
      const value = answers[question.flag];
      if (value !== undefined && value !== false && value !== '') set(question.field, value === true || /^(y|yes|true)$/i.test(String(value)));
      continue;
    }
    if (!question.list) {
      const value = single(answers, question.flag);
      set(question.field, value === undefined ? undefined : canonical(kind, question.field, value));
      continue;
    }
    const items = many(answers, question.flag).map((item) => canonical(kind, question.field, item));
    if (question.field === 'agenda') set('agenda', items.map((title, i) => ({ item: String(i + 1), title })));
    else if (['present', 'inAttendance', 'apologies', 'contacts'].includes(question.field)) set(question.field, items.map(parsePerson));
    else if (question.field === 'backgroundDocuments') set(question.field, items.map(parseDocumentRef));
    else set(question.field, items);
  }
  data.date ??= today;

  if (kind === 'meeting') {
    data.status ??= 'scheduled';
    data.agenda ??= [];
    problems.push(...checkBoard(index, data.board as string | undefined));
  }
  if (kind === 'paper') {
    data.status ??= 'draft';
    const meeting = typeof data.meeting === 'string' ? index.meetings.get(data.meeting) : undefined;
    problems.push(...checkMeeting(index, data.meeting as string | undefined));
    if (meeting?.board) {
      if (data.board === undefined) data.board = meeting.board;
      else if (data.board !== meeting.board) {
        problems.push(flagProblem('board', `is "${String(data.board)}" but meeting ${String(data.meeting)} is of board "${meeting.board}"`, 'leave --board out (it is taken from the meeting), or choose a meeting of that board'));
      }
    }
    problems.push(...checkBoard(index, data.board as string | undefined));
  }
  if (kind === 'decision') {
    problems.push(...checkMeeting(index, data.meeting as string | undefined));
    if (typeof data.paper === 'string' && !index.papers.has(data.paper)) {
      const folder = path.relative(index.root, path.join(index.contentDir, 'papers'));
      problems.push(flagProblem('paper', `"${data.paper}" is not a paper: there is no file ${path.join(folder, `${data.paper}.md`)}`, `use the file name (without .md) of a paper in ${folder}, for example ${some([...index.papers.keys()].sort().reverse())}`));
    }
  }
  return { data, problems, extra };
}

/** Which agenda item a new paper takes, and whether it links an existing item or adds one. */
export function planAgendaSlot(
  meetingId: string,
  agenda: readonly AgendaEntry[],
  papersAtMeeting: readonly { id: string; agendaItem?: string }[],
  title: string,
  requested?: string,
): { item: string; mode: 'link' | 'add' } | { problem: Problem } {
  const taken = (item: string) => papersAtMeeting.find((p) => p.agendaItem !== undefined && compareAgendaItems(p.agendaItem, item) === 0);
  if (requested) {
    const paper = taken(requested);
    if (paper) return { problem: flagProblem('agenda-item', `"${requested}" is already the agenda item of paper ${paper.id} at meeting ${meetingId}`, `use the next free number, ${nextAgendaItem([...agenda.map((a) => a.item), ...papersAtMeeting.map((p) => p.agendaItem)])}, or leave --agenda-item out`) };
    const existing = agenda.find((a) => compareAgendaItems(a.item, requested) === 0);
    if (existing?.paper) return { problem: flagProblem('agenda-item', `item "${existing.item}" of meeting ${meetingId} already links paper ${existing.paper}`, 'choose another item number, or leave --agenda-item out') };
    return { item: existing ? existing.item : requested, mode: existing ? 'link' : 'add' };
  }
  // An agenda item with the same title and no paper yet is this paper's item.
  const sameTitle = agenda.find((a) => !a.paper && a.title?.trim().toLowerCase() === title.trim().toLowerCase() && !taken(a.item));
  if (sameTitle) return { item: sameTitle.item, mode: 'link' };
  return { item: nextAgendaItem([...agenda.map((a) => a.item), ...papersAtMeeting.map((p) => p.agendaItem)]), mode: 'add' };
}

/** Add a paper to a meeting file's agenda, or link it from an existing item; keeps the file's comments, order and body. */
export function addPaperToAgenda(meetingText: string, file: string, entry: { item: string; title: string; paper: string; presenter?: string }): string {
  return editFrontmatter(meetingText, file, (document: Document) => {
    let agenda = document.get('agenda', true);
    if (!isSeq(agenda)) {
      agenda = new YAMLSeq();
      insertInOrder(document, 'agenda', agenda, Object.keys(shapeOf(meetingSchema) ?? {}));
    }
    const seq = agenda as YAMLSeq;
    seq.flow = false;
    const existing = seq.items.find((node) => isMap(node) && compareAgendaItems(String(node.get('item')), entry.item) === 0);
    if (isMap(existing)) {
      if (entry.presenter && !existing.has('presenter')) existing.set('presenter', entry.presenter);
      existing.set('paper', entry.paper);
      return;
    }
    const node = document.createNode({ item: entry.item, title: entry.title, ...(entry.presenter ? { presenter: entry.presenter } : {}), paper: entry.paper });
    const after = seq.items.findIndex((item) => isMap(item) && compareAgendaItems(String(item.get('item')), entry.item) > 0);
    if (after < 0) seq.items.push(node);
    else seq.items.splice(after, 0, node);
  });
}

// ---------------------------------------------------------------------------------------------
// Writing the file: fields in schema order, optional fields left out as commented placeholders.

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
function unwrapped(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (['optional', 'default', 'prefault', 'nullable'].includes(defOf(inner).type) && defOf(inner).innerType) {
    optional = true;
    inner = defOf(inner).innerType!;
  }
  return { inner, optional };
}

/** The lines of an empty skeleton of a field: `contacts:` then `  - name:` and so on. */
function skeleton(key: string, schema: z.ZodType): string[] {
  const { inner } = unwrapped(schema);
  const def = defOf(inner);
  if (def.type === 'object') return [`${key}:`, ...Object.entries(shapeOf(inner) ?? {}).flatMap(([k, s]) => skeleton(k, s).map((line) => `  ${line}`))];
  if (def.type === 'array') {
    const element = unwrapped(def.element!).inner;
    if (defOf(element).type !== 'object') return [`${key}:`, '  -'];
    const lines = Object.entries(shapeOf(element) ?? {}).flatMap(([k, s]) => skeleton(k, s));
    return [`${key}:`, ...lines.map((line, i) => (i === 0 ? `  - ${line}` : `    ${line}`))];
  }
  return [`${key}:`];
}

function placeholder(key: string, schema: z.ZodType, description: string | undefined, indent: string): string[] {
  const { inner } = unwrapped(schema);
  const isGroup = ['object', 'array'].includes(defOf(inner).type);
  const type = describeType(schema);
  const about = [description, isGroup && !type.startsWith('list of:') ? undefined : `[${type}]`].filter(Boolean).join(' ');
  return [`${indent}# ${about}`, ...skeleton(key, schema).map((line) => `${indent}# ${line}`)];
}

function renderFields(docs: SchemaDocs, schema: z.ZodType, doc: FieldDoc | undefined, data: Record<string, unknown>, indent: string): string[] {
  const shape = shapeOf(schema) ?? {};
  const fieldDocs = fieldsOfDoc(docs, doc);
  const lines: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const value = data[key];
    const fieldDoc = fieldDocs?.get(key);
    const { inner, optional } = unwrapped(field);
    if (value === undefined) {
      if (optional) lines.push(...placeholder(key, field, fieldDoc?.description, indent));
      continue;
    }
    if (Array.isArray(value) && value.length === 0) {
      // An empty list that is written out (a meeting's agenda): show how an item is written, above it.
      const example = skeleton(key, field).slice(1);
      lines.push(`${indent}# ${fieldDoc?.description ?? key} Replace [] with the items, each written like this:`, ...example.map((line) => `${indent}# ${line}`), `${indent}${key}: []`);
      continue;
    }
    if (defOf(inner).type === 'object' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(`${indent}${key}:`, ...renderFields(docs, inner, fieldDoc, value as Record<string, unknown>, `${indent}  `));
      continue;
    }
    lines.push(...yamlLines(key, value).map((line) => `${indent}${line}`));
  }
  return lines;
}

/** `key: value` as YAML lines, with clock times in quotes as the house style writes them ("14:00"). */
function yamlLines(key: string, value: unknown): string[] {
  const document = new Document({ [key]: value });
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 }).trimEnd().split('\n');
}

const howToUse = [
  '# Lines starting with "# " are optional fields, left out. To use one, delete the "# " (and nothing else)',
  '# and write the value after the colon. What each field means: docs/content-guide.md.',
];

/** The text of a new file: the fields of `data` in schema order, with a placeholder for each optional field left out. */
export function renderFile(kind: Kind, data: Record<string, unknown>, docs: SchemaDocs): string {
  const { schema, docName, extension } = schemas[kind];
  const yaml = [...howToUse, ...renderFields(docs, schema, docs.get(docName), data, '')];
  if (extension === '.yaml') return `${yaml.join('\n')}\n`;
  const body =
    kind === 'paper'
      ? '# The summary of the paper goes below the closing --- line: ## headings and - bullet points, in your own words.\n# No HTML tags there; charts of a dataset go on a line of their own: <IndicatorChart id="all-recorded-crime" />'
      : '# The summary of the minutes goes below the closing --- line, when they are published.';
  return `---\n${yaml.join('\n')}\n${body}\n---\n`;
}

/** Everything `npm run new` does, except asking and writing: the files to write, or the problems. */
export function planNew(options: ScaffoldOptions): Plan | { problems: Problem[] } {
  const { kind, index, docs } = options;
  const { data, problems, extra } = answersToData(options);
  const { folder, extension, schema } = schemas[kind];
  const dir = path.join(index.contentDir, folder);
  const relative = (id: string) => path.relative(index.root, path.join(dir, `${id}${extension}`));

  let id = '';
  if (kind === 'meeting') id = typeof data.board === 'string' && typeof data.date === 'string' ? meetingId(data.board, data.date) : '';
  else {
    const short = extra.slug ?? (typeof data.title === 'string' ? slugify(data.title) : '');
    if (extra.slug && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(extra.slug)) problems.push(flagProblem('slug', `"${extra.slug}" is not a short title for a file name`, 'use lower-case letters, digits and hyphens only, for example fire-update'));
    id = short && typeof data.date === 'string' ? `${data.date}-${short}` : '';
  }

  let slot: { item: string; mode: 'link' | 'add' } | undefined;
  if (kind === 'paper' && typeof data.meeting === 'string' && index.meetings.has(data.meeting) && typeof data.title === 'string') {
    const meeting = index.meetings.get(data.meeting)!;
    const atMeeting = [...index.papers].filter(([, p]) => p.meeting === data.meeting).map(([paperId, p]) => ({ id: paperId, agendaItem: p.agendaItem }));
    const planned = planAgendaSlot(data.meeting, meeting.agenda, atMeeting, data.title, typeof data.agendaItem === 'string' ? data.agendaItem : undefined);
    if ('problem' in planned) problems.push(planned.problem);
    else {
      slot = planned;
      data.agendaItem = planned.item;
    }
  }

  const result = schema.safeParse(data);
  if (!result.success) {
    // A paper's board comes from its meeting: when the meeting is unknown or missing, that is the one problem to fix.
    const meetingProblem = problems.some((p) => p.field === '--meeting') || data.meeting === undefined;
    problems.push(...flagProblems(kind, { file: commandLine, id, data }, result.error, docs).filter((p) => !(kind === 'paper' && meetingProblem && p.field === '--board' && p.message === 'is missing')));
  }
  if (id && fs.existsSync(path.join(dir, `${id}${extension}`))) {
    problems.push(
      kind === 'meeting'
        ? flagProblem('date', `there is already a meeting of ${String(data.board)} on ${String(data.date)}: ${relative(id)}`, 'edit that file instead, or check the date')
        : flagProblem('slug', `the file ${relative(id)} already exists`, `choose another short title with --slug, or edit that file instead`),
    );
  }
  if (problems.length) {
    // In the order the questions are asked, as the officer reads the command line.
    const rank = (p: Problem) => {
      const i = questions[kind].findIndex((q) => `--${q.flag}` === p.field);
      return i < 0 ? questions[kind].length : i;
    };
    return { problems: problems.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map(({ p }) => p) };
  }

  const files: PlannedFile[] = [{ file: relative(id), text: renderFile(kind, data, docs), action: 'create' }];
  const notes = [`Wrote ${relative(id)}${kind === 'paper' ? ` (status: ${String(data.status)})` : ''}.`];
  if (kind === 'paper' && slot) {
    const meeting = index.meetings.get(data.meeting as string)!;
    const text = fs.readFileSync(path.join(index.root, meeting.file), 'utf8');
    const presenter = extra.presenter;
    files.push({ file: meeting.file, text: addPaperToAgenda(text, meeting.file, { item: slot.item, title: data.title as string, paper: id, presenter }), action: 'update' });
    notes.push(slot.mode === 'link' ? `Linked it from agenda item ${slot.item} of ${meeting.file}.` : `Added it to the agenda of ${meeting.file} as item ${slot.item}.`);
  }
  return { kind, id, files, notes };
}

// ---------------------------------------------------------------------------------------------
// Asking, when the command runs in a terminal without flags.

/** The words of the prompt for one question: what the field is and what to type. */
export function promptFor(kind: Kind, question: Question, docs: SchemaDocs, mode: 'prompt' | 'help' = 'prompt'): string {
  const description = question.extra ? undefined : describeField(docs, kind, question.field);
  const field = question.extra ? undefined : fieldSchema(kind, question.field);
  const type = field ? describeType(field) : undefined;
  const choices = type?.includes('one of:') ? type.slice(type.indexOf('one of:')) : undefined;
  const what = [description, question.hint ? `(${question.hint})` : undefined, choices ? `[${choices}]` : undefined].filter(Boolean).join(' ');
  const optional = question.required ? '' : mode === 'help' ? ' (optional)' : ' (optional: press Enter to skip)';
  const list = question.list ? (mode === 'help' ? ' Repeat the flag for each item.' : ' One per line; an empty line ends the list.') : '';
  return `--${question.flag}: ${what}${optional}${list}`;
}

/** An allowed value written in another case ("secret" for "SECRET") becomes the allowed value. */
function canonical(kind: Kind, field: string, value: string): string {
  const schema = fieldSchema(kind, field);
  if (!schema) return value;
  let { inner } = unwrapped(schema);
  if (defOf(inner).type === 'array') inner = unwrapped(defOf(inner).element!).inner;
  const entries = (defOf(inner) as { entries?: Record<string, unknown> }).entries;
  if (defOf(inner).type !== 'enum' || !entries) return value;
  return Object.values(entries).map(String).find((option) => option.toLowerCase() === value.toLowerCase()) ?? value;
}

/** The zod schema of a field, by its path (`source.title`, `sources[0].title`). */
function fieldSchema(kind: Kind, field: string): z.ZodType | undefined {
  let schema: z.ZodType | undefined = schemas[kind].schema;
  for (const part of field.replace(/\[\d+\]/g, '').split('.')) {
    const shape: Record<string, z.ZodType> | undefined = schema ? shapeOf(schema) : undefined;
    schema = shape?.[part];
    if (!schema) return undefined;
    const { inner } = unwrapped(schema);
    if (defOf(inner).type === 'array' && part !== field.split('.').at(-1)) schema = defOf(inner).element;
  }
  return schema;
}

/**
 * Ask for every question that has no answer yet (or only those in `only`), through `ask`, which
 * shows a prompt and returns the line typed. Lists are asked line by line until an empty line.
 */
export async function askQuestions(kind: Kind, answers: Answers, docs: SchemaDocs, ask: (prompt: string) => Promise<string>, only?: ReadonlySet<string>): Promise<Answers> {
  const result: Answers = { ...answers };
  for (const question of questions[kind]) {
    if (only ? !only.has(question.flag) : result[question.flag] !== undefined) continue;
    const prompt = promptFor(kind, question, docs);
    if (question.list) {
      const items: string[] = [];
      for (let first = true; ; first = false) {
        const line = (await ask(first ? `${prompt}\n> ` : '> ')).trim();
        if (!line) break;
        items.push(line);
      }
      result[question.flag] = items.length ? items : undefined;
    } else {
      const line = (await ask(`${prompt}\n> `)).trim();
      result[question.flag] = question.boolean ? (line ? /^(y|yes|true)$/i.test(line) : undefined) : line || undefined;
    }
  }
  return result;
}
