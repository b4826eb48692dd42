/** One thing wrong with one content file, said so that a non-developer can fix it. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The field (or part of the file) that is wrong, for example "agenda[2].paper". */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** `file:line  field  what is wrong — how to fix` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field}  ${problem.message} — ${problem.fix}`;
}

/** Problems in file order, then line order, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field, 'en'),
  );
}

/** How an import's report opens: it writes nothing when it finds a problem. */
export const importReportHeading = { by: 'The import', outcome: 'Nothing was written.' } as const;

/** The whole report: a heading with the count (by default the content check's), then one line per problem. */
export function formatReport(problems: readonly Problem[], heading: { by: string; outcome: string } = { by: 'Content check', outcome: 'Nothing was published.' }): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`${heading.by} found ${count}. ${heading.outcome}`, '', ...sortProblems(problems).map(formatProblem)].join('\n');
}

/**
 * Thrown when content is invalid; carries every problem found, not just the first. Its stack is the report
 * itself, so Astro, which prints an error's stack, shows the report and no trace of the checker's code.
 */
export class ContentProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: readonly Problem[]) {
    super(`\n${formatReport(problems)}\n`);
    this.name = 'ContentProblemsError';
    this.problems = [...problems];
    this.stack = this.message;
  }
}
