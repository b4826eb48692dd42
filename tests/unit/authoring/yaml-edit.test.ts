import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, editYaml, splitFrontmatter, splitTrailingComments } from '../../../src/lib/authoring/yaml-edit.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const realFiles = ['data/indicators', 'content/meetings', 'content/decisions'].flatMap((dir) =>
  fs.readdirSync(path.join(root, dir)).filter((name) => /\.(yaml|mdx)$/.test(name)).map((name) => `${dir}/${name}`),
);

describe('editing YAML keeps the file as it was, apart from the edit', () => {
  it.each(realFiles)('%s is unchanged by an edit that changes nothing', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const edited = file.endsWith('.mdx') ? editFrontmatter(text, file, () => {}) : editYaml(text, file, () => {});
    expect(edited).toBe(text);
  });

  it('keeps comments at the end of the file at the left margin, not inside the last list', () => {
    const text = 'sources:\n  - title: Pack\n    # location:\n# corrections:\n#   - date:\n';
    expect(splitTrailingComments(text)).toEqual({ body: 'sources:\n  - title: Pack\n    # location:\n', trailing: '# corrections:\n#   - date:\n' });
    expect(editYaml(text, 'x.yaml', (document) => document.set('board', 'b'))).toBe('sources:\n  - title: Pack\n    # location:\nboard: b\n# corrections:\n#   - date:\n');
  });

  it('keeps a comment at the top of the file', () => {
    const text = '# Generated header\ntitle: A\nlist: [ a ]\n';
    expect(editYaml(text, 'x.yaml', (document) => document.set('title', 'B'))).toBe('# Generated header\ntitle: B\nlist: [ a ]\n');
  });

  it('edits the frontmatter of an MDX file and keeps the body byte for byte, with Windows line ends', () => {
    const text = '---\r\ntitle: A\r\n---\r\n\r\n## Body {not yaml}\r\n';
    expect(editFrontmatter(text, 'x.mdx', (document) => document.set('title', 'B'))).toBe('---\r\ntitle: B\r\n---\r\n\r\n## Body {not yaml}\r\n');
  });

  it('refuses a file with no frontmatter, or YAML it cannot read, naming the file and line', () => {
    expect(splitFrontmatter('no frontmatter')).toBeUndefined();
    expect(() => editFrontmatter('# Title\n', 'content/meetings/x.mdx', () => {})).toThrow(/content\/meetings\/x\.mdx has no frontmatter/);
    expect(() => editYaml('a: [\n', 'x.yaml', () => {})).toThrow(/^x\.yaml:\d+ cannot be read as YAML/);
  });
});
