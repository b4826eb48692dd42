// One reported problem, checked field by field: the file and field find it, then its line (when given),
// message and fix must match.
import { expect } from 'vitest';
import type { Problem } from '../../src/lib/validation/problems.ts';

export function expectProblem(problems: readonly Problem[], file: string, line: number | undefined, field: string, message: RegExp, fix: RegExp): void {
  const problem = problems.find((p) => p.file === file && p.field === field);
  expect(problem, `no problem for ${file} ${field}`).toBeDefined();
  if (line !== undefined) expect(problem!.line).toBe(line);
  expect(problem!.message).toMatch(message);
  expect(problem!.fix).toMatch(fix);
}
