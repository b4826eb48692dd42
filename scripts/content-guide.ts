// npm run content-guide: rewrite the field reference in docs/content-guide.md from the zod schemas
// and their JSDoc comments. `--check` only says whether the guide is up to date (exit 1 if not).
import fs from 'node:fs';
import path from 'node:path';
import { updateGuide } from '../src/lib/authoring/content-guide.ts';

const guidePath = path.resolve(import.meta.dirname, '../docs/content-guide.md');
const current = fs.readFileSync(guidePath, 'utf8');
const updated = updateGuide(current);
if (process.argv.includes('--check')) {
  if (updated !== current) {
    console.error('docs/content-guide.md  (field reference)  is out of date with src/schemas — run npm run content-guide');
    process.exit(1);
  }
  console.log('docs/content-guide.md is up to date with src/schemas.');
} else if (updated === current) {
  console.log('docs/content-guide.md is already up to date.');
} else {
  fs.writeFileSync(guidePath, updated);
  console.log('Updated the field reference in docs/content-guide.md.');
}
