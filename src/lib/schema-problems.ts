import type { z } from 'zod';
import type { Problem } from './problems.ts';
import type { SourceFile } from './source-file.ts';

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

/** Turn zod's issues into problems that name the file, line, field, value and fix. */
export function schemaProblems(source: SourceFile, error: z.ZodError, kind: string, allowedFields: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
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
    if (value === undefined) {
      problems.push({ file: source.file, line, field, message: 'is missing', fix: `add it: every ${kind} needs "${String(issue.path.at(-1))}"` });
    } else {
      problems.push({ file: source.file, line, field, message: `is ${show(value)}`, fix: issue.message });
    }
  }
  return problems;
}
