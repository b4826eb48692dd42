import type { z } from 'zod';
import type { Problem } from './problems.ts';
import type { SourceFile } from '../sources/source-file.ts';

/** `agenda[2].paper` from ['agenda', 2, 'paper']. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** Edit distance, to suggest the field an author meant ("purpuse" → "purpose"). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const expectedNames: Record<string, string> = {
  array: 'a list (lines starting "- ")',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of indented fields',
};

/** Turn zod's issues into problems that name the file, line, field, value and fix. */
export function schemaProblems(source: SourceFile, error: z.ZodError, kind: string, allowedFields: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  // A misspelt field shows up twice (unknown key + missing field): report it once, as a suggestion.
  const missingKeys = error.issues
    .filter((issue) => issue.code === 'invalid_type' && valueAt(source.data, issue.path) === undefined)
    .map((issue) => issue.path.map(String).join('.'));
  const meantBy = new Map<string, string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const prefix = issue.path.map(String).join('.');
    for (const key of issue.keys) {
      const meant = missingKeys.find((missing) => {
        const parts = missing.split('.');
        return parts.slice(0, -1).join('.') === prefix && editDistance(parts.at(-1)!, key) <= 2;
      });
      if (meant) meantBy.set(prefix ? `${prefix}.${key}` : key, meant);
    }
  }
  const suggested = new Set(meantBy.values());
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const meant = meantBy.get(path.map(String).join('.'));
        if (meant) {
          problems.push({
            file: source.file,
            line: source.lineOf(path),
            field: fieldName(path),
            message: `is not a field of a ${kind}`,
            fix: `did you mean "${meant.split('.').at(-1)}"? Correct the spelling`,
          });
          continue;
        }
        problems.push({
          file: source.file,
          line: source.lineOf(path),
          field: fieldName(path),
          message: issue.path.length ? 'is not a field here' : `is not a field of a ${kind}`,
          fix: issue.path.length
            ? 'check the spelling and indentation, or remove it'
            : `check the spelling, or remove it. The fields are: ${allowedFields.join(', ')}`,
        });
      }
      continue;
    }
    const value = valueAt(source.data, issue.path);
    const field = fieldName(issue.path) || '(fields)';
    const line = source.lineOf(issue.path);
    if (suggested.has(issue.path.map(String).join('.'))) continue;
    if (value === undefined) {
      problems.push({ file: source.file, line, field, message: 'is missing', fix: `add it: every ${kind} needs "${String(issue.path.at(-1))}"` });
    } else if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      problems.push({ file: source.file, line, field, message: `is ${show(value)}`, fix: `must be ${expectedNames[issue.expected] ?? issue.expected}` });
    } else {
      problems.push({ file: source.file, line, field, message: `is ${show(value)}`, fix: issue.message });
    }
  }
  return problems;
}
