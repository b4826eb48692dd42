// npm run new -- meeting|paper|decision|site [--flag value ...]
//
// Writes a new content file with the right name in the right folder, every required field filled in
// and every optional field as a commented placeholder. A new paper is a draft and is added to its
// meeting's agenda. Run in a terminal without flags, it asks for each field. `site` writes content/site.yaml,
// the site's settings, and never replaces one that exists unless --force is given (--police-force is the force's name).
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { contentPaths } from '../src/lib/sources/content-paths.ts';
import { formatProblem, formatReport, type Problem } from '../src/lib/validation/problems.ts';
import { readSchemaDocs } from '../src/lib/authoring/schema-docs.ts';
import { askQuestions, commandLine, kinds, planNew, promptFor, questions, readContentIndex, todayInLondon, type Answers, type Kind, type Plan } from '../src/lib/authoring/scaffold.ts';
import { validateSite } from '../src/lib/validation/validate-site.ts';
import { defaultFor, formatSiteProblem, planSite, reaskFor, resolveAnswers, siteCommand, siteHelp, siteQuestions, type SiteAnswers, type SiteProblem } from '../src/lib/authoring/site-scaffold.ts';
import { settingsFileName } from '../src/lib/validation/validate-settings.ts';

const root = process.cwd();
const [kindArg, ...rest] = process.argv.slice(2);

function usage(kind?: Kind): string {
  const lines = ['Usage: npm run new -- meeting|paper|decision|site [--flag value ...]', ''];
  for (const k of kind ? [kind] : kinds) {
    lines.push(`npm run new -- ${k}`);
    const docs = readSchemaDocs();
    for (const question of questions[k]) lines.push(`  ${promptFor(k, question, docs, 'help')}`);
    lines.push('');
  }
  if (!kind) {
    lines.push(...siteHelp(), '');
  }
  lines.push('Run it in a terminal without flags and it asks for each field. See docs/content-guide.md.');
  return lines.join('\n');
}

function fail(problems: Problem[]): never {
  // In the order of the questions, not sorted like a file report: every line is about the command line.
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  console.error([`npm run new found ${count}. Nothing was written.`, '', ...problems.map(formatProblem)].join('\n'));
  process.exit(1);
}

if (!kindArg || kindArg === '--help' || kindArg === '-h') {
  console.log(usage());
  process.exit(kindArg ? 0 : 1);
}
if (kindArg === 'site') await newSite(rest);
if (!(kinds as readonly string[]).includes(kindArg)) {
  fail([{ file: commandLine, field: '(kind)', message: `"${kindArg}" is not something npm run new can add`, fix: `write npm run new -- meeting, npm run new -- paper, npm run new -- decision or npm run new -- site` }]);
}

/** npm run new -- site: asks for (or takes as flags) the settings, checks them, writes content/site.yaml, and stops. */
async function newSite(args: string[]): Promise<never> {
  const siteOptions: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' }, force: { type: 'boolean' } };
  for (const question of siteQuestions) siteOptions[question.flag] = { type: 'string' };
  // Each problem is worded by how its answer was given: by its flag, or by the question at the prompt.
  const fromFlags = new Set<string>();
  const describe = (problems: SiteProblem[]) => problems.map((problem) => formatSiteProblem(problem, problem.flag && !fromFlags.has(problem.flag) ? 'prompt' : 'flag'));
  const failSite: (problems: SiteProblem[]) => never = (problems) => {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    console.error([`${siteCommand} found ${count}. Nothing was written.`, '', ...describe(problems)].join('\n'));
    process.exit(1);
  };
  let answers: SiteAnswers;
  try {
    answers = parseArgs({ args, options: siteOptions, strict: true, allowPositionals: false }).values as SiteAnswers;
  } catch (error) {
    const flag = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
    failSite([{ file: siteCommand, field: flag ?? '(flags)', message: flag ? `is not a flag of ${siteCommand}` : (error as Error).message, fix: 'use the flags listed by npm run new -- --help' }]);
  }
  if (answers.help) {
    console.log(usage());
    process.exit(0);
  }
  for (const question of siteQuestions) if (typeof answers[question.flag] === 'string') fromFlags.add(question.flag);
  const { contentDir } = contentPaths(root);
  const absolute = path.join(contentDir, settingsFileName);
  const file = path.relative(root, absolute);
  const plan = () => planSite({ root, file, answers, exists: fs.existsSync(absolute), force: answers.force === true });
  let planned = plan();
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const refusedToOverwrite = 'problems' in planned && planned.problems.some((problem) => problem.field === '(file)');
  if ('problems' in planned && interactive && !refusedToOverwrite) {
    const readline = createInterface({ input: process.stdin, output: process.stdout });
    const ask = async (prompt: string, shown: string | undefined) => (await readline.question(`${prompt}${shown ? ` [${shown}]` : ''}: `)).trim();
    console.log('Writing the site\'s settings. Leave an answer empty to take the value in brackets, or to leave an optional one out.\n');
    for (const question of siteQuestions) {
      if (typeof answers[question.flag] === 'string') continue;
      // The defaults shown are those of the answers so far: the colours follow the brand colour chosen.
      const resolved = resolveAnswers(answers);
      if (question.askIf && !question.askIf(resolved)) continue;
      answers[question.flag] = await ask(question.prompt, defaultFor(question, resolved));
    }
    planned = plan();
    // Ask again only for what is wrong, a few times at most, with a value that passes as the default when there is one.
    for (let attempt = 0; attempt < 5 && 'problems' in planned; attempt += 1) {
      console.log(`\n${describe(planned.problems).join('\n')}\n`);
      for (const again of reaskFor(planned.problems)) {
        const { flag } = again.question;
        const refused = resolveAnswers(answers)[flag];
        // An empty answer takes the suggestion shown, or else keeps the refused answer: never the example office's colours.
        const answer = (await ask(again.question.prompt, again.default)) || again.default || refused || '';
        answers[flag] = answer;
        fromFlags.delete(flag);
        // A pale brand colour kept as it was: offer the dark text that passes on it.
        if (again.instead && answer === refused) {
          answers[again.instead.question.flag] = (await ask(again.instead.question.prompt, again.instead.default)) || again.instead.default;
          fromFlags.delete(again.instead.question.flag);
        }
      }
      planned = plan();
    }
    readline.close();
  }
  if ('problems' in planned) failSite(planned.problems);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, planned.text);
  console.log(`Wrote ${file}. Next: set sections to false for any part of the site the office does not publish, add footerLinks if you need them, then npm run check.`);
  process.exit(0);
}
const kind = kindArg as Kind;

const options: ParseArgsOptionsConfig = { help: { type: 'boolean', short: 'h' } };
for (const question of questions[kind]) options[question.flag] = { type: question.boolean ? 'boolean' : 'string', multiple: question.list ?? false };

let answers: Answers;
try {
  answers = parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values as Answers;
} catch (error) {
  const flag = /'(--?[^']+)'/.exec((error as Error).message)?.[1];
  fail([{ file: commandLine, field: flag ?? '(flags)', message: flag ? `is not a flag of npm run new -- ${kind}` : (error as Error).message, fix: `use the flags listed by npm run new -- ${kind} --help` }]);
}
if (answers.help) {
  console.log(usage(kind));
  process.exit(0);
}

const docs = readSchemaDocs();
const { contentDir } = contentPaths(root);
const index = readContentIndex(root, contentDir);
const today = todayInLondon();
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const given = Object.keys(answers).length > 0;

let plan = planNew({ kind, answers, index, docs, today });
if ('problems' in plan && interactive) {
  const readline = createInterface({ input: process.stdin, output: process.stdout });
  // Read through the line iterator, which buffers: answers typed (or pasted) ahead are not lost.
  const lines = readline[Symbol.asyncIterator]();
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) throw new Error('No more answers: the input ended.');
    return next.value as string;
  };
  console.log(`Adding a ${kind}. Answer each question; the content guide (docs/content-guide.md) explains every field.\n`);
  // First run without flags: ask everything. With some flags: ask only for what is missing or wrong.
  let only: Set<string> | undefined = given ? new Set(plan.problems.map((p) => p.field.replace(/^--/, ''))) : undefined;
  for (let attempt = 0; attempt < 5 && 'problems' in plan; attempt += 1) {
    answers = await askQuestions(kind, answers, docs, ask, only);
    plan = planNew({ kind, answers, index, docs, today });
    if ('problems' in plan) {
      console.log(`\n${plan.problems.map(formatProblem).join('\n')}\n`);
      only = new Set(plan.problems.map((p) => p.field.replace(/^--/, '')));
    }
  }
  readline.close();
}
if ('problems' in plan) fail(plan.problems);

const done: Plan = plan;
for (const { file, text } of done.files) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}
for (const note of done.notes) console.log(note);

// The new file must pass the same check as everything else; say so now, not at publishing time.
const { problems } = validateSite(root);
if (problems.length) {
  console.error(`\n${formatReport(problems)}`);
  process.exit(1);
}
const next =
  kind === 'paper'
    ? 'Next: write the summary below the second --- line, fill in any optional fields you need, then npm run check and npm run dev to preview. Change status: draft to status: final to publish it.'
    : kind === 'meeting'
      ? 'Next: fill in any optional fields you need, add its papers with npm run new -- paper --meeting ' + done.id + ', then npm run check.'
      : 'Next: fill in any optional fields you need, then npm run check.';
console.log(`Content and data are valid. ${next}`);
