// Reads data/glossary.yaml and checks it: the schema, then ids and terms that would clash.
import fs from 'node:fs';
import path from 'node:path';
import { glossaryEntrySchema, glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import type { Problem } from '../validation/problems.ts';
import { schemaProblems } from '../validation/schema-problems.ts';
import { readSourceFile } from '../sources/source-file.ts';

export const glossaryFileName = 'glossary.yaml';

/** Every valid entry, alphabetical by term, and every problem found. A missing file is an empty glossary. */
export function readGlossary(root: string, dataDir: string): { entries: GlossaryEntry[]; problems: Problem[] } {
  const absolute = path.join(dataDir, glossaryFileName);
  if (!fs.existsSync(absolute)) return { entries: [], problems: [] };
  const file = path.relative(root, absolute);
  const parsed = readSourceFile(root, absolute, file, 'glossary');
  if (!parsed.source || parsed.problems.length) return { entries: [], problems: parsed.problems };
  const { source } = parsed;
  const result = glossarySchema.safeParse(source.data ?? []);
  if (!result.success) {
    return { entries: [], problems: schemaProblems(source, result.error, 'glossary entry', Object.keys(glossaryEntrySchema.shape)) };
  }
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const spellings = new Map<string, string>();
  result.data.forEach((entry, index) => {
    const earlier = ids.get(entry.id);
    if (earlier !== undefined) {
      problems.push({ file, line: source.lineOf([index, 'id']), field: `[${index}].id`, message: `repeats the id "${entry.id}" of entry ${earlier + 1}`, fix: 'give each term its own id' });
    } else ids.set(entry.id, index);
    [entry.term, ...entry.forms].forEach((spelling, formIndex) => {
      // Two entries may not claim the same words, whatever the capitalisation: a reader could not tell which is meant.
      const key = spelling.toLowerCase();
      const owner = spellings.get(key);
      if (owner !== undefined && owner !== entry.id) {
        const field = formIndex === 0 ? `[${index}].term` : `[${index}].forms[${formIndex - 1}]`;
        const at = formIndex === 0 ? [index, 'term'] : [index, 'forms', formIndex - 1];
        problems.push({ file, line: source.lineOf(at), field, message: `"${spelling}" is already a term of entry "${owner}"`, fix: 'list each term once: remove the duplicate or merge the two entries' });
      } else spellings.set(key, entry.id);
    });
  });
  const entries = [...result.data].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id, 'en'));
  return { entries, problems };
}
