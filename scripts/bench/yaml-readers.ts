// node scripts/bench/yaml-readers.ts [--papers 10000]: is the plain-YAML reader in src/lib/sources/source-file.ts
// worth keeping? Times the whole content check (validateSite) of a synthetic archive, then the same YAML texts read
// by the plain reader and by the libraries (`yaml`, `js-yaml`). The check with a library instead is the check less
// the plain reader's time plus the library's: everything else in it is the same. Prints figures; CPU time, best of 3.
import fs from 'node:fs';
import path from 'node:path';
import jsYaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { readPlainYaml, splitFrontmatter, yamlOptions } from '../../src/lib/sources/source-file.ts';
import { validateSite } from '../../src/lib/validation/validate-site.ts';
import { writeArchive } from './archive.ts';

const papersAt = process.argv.indexOf('--papers');
const papers = papersAt === -1 ? 10_000 : Number(process.argv[papersAt + 1]);
const root = process.cwd();
const dir = path.join(root, '.bench', `yaml-readers-${papers}`);
if (!fs.existsSync(path.join(dir, 'content'))) {
  writeArchive({ dir, papers, indicators: 500, charts: true, vocabularyFrom: path.join(root, 'content'), fixedDataFrom: path.join(root, 'data') });
}
process.env.CONTENT_DIR = path.join(dir, 'content');
process.env.DATA_DIR = path.join(dir, 'data');

/** CPU milliseconds of one call, the best of three (the other core may be busy). */
function cpu(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

// Every YAML text the check reads: data files whole, and the front matter of texts.
const texts = fs
  .readdirSync(dir, { recursive: true })
  .map(String)
  .filter((file) => /\.(ya?ml|mdx?)$/.test(file))
  .map((file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    if (!/\.mdx?$/.test(file)) return text;
    const split = splitFrontmatter(text);
    return 'problem' in split ? '' : split.frontmatter;
  });

const check = cpu(() => {
  const { problems } = validateSite(root);
  if (problems.length) throw new Error(`the archive has ${problems.length} problems`);
});
const plainRead = texts.filter((text) => readPlainYaml(text) !== undefined).length;
const plain = cpu(() => texts.forEach((text) => readPlainYaml(text)));
const yamlLibrary = cpu(() => texts.forEach((text) => yamlParse(text, yamlOptions)));
const jsYamlLibrary = cpu(() => texts.forEach((text) => jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })));

const ms = (value: number) => `${(value / 1000).toFixed(2)} s`;
const fastest = Math.min(yamlLibrary, jsYamlLibrary);
const withFastest = check - plain + fastest;
console.log(`${texts.length.toLocaleString('en-GB')} YAML texts (${papers.toLocaleString('en-GB')} papers); the plain reader reads ${plainRead.toLocaleString('en-GB')} of them itself.`);
console.log(`whole check with the plain reader:   ${ms(check)} (of which the plain reader ${ms(plain)})`);
console.log(`the same texts with yaml.parse:      ${ms(yamlLibrary)}  -> check about ${ms(check - plain + yamlLibrary)}`);
console.log(`the same texts with js-yaml load:    ${ms(jsYamlLibrary)}  -> check about ${ms(check - plain + jsYamlLibrary)}`);
console.log(`the check with the fastest library is ${(withFastest / check).toFixed(2)} × the check with the plain reader (keep it above 1.5 ×).`);
