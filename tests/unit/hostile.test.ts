// The hostile-content suite (tests/hostile/*.cases.ts): every case through npm run check and npm run build.
// A refused case must be refused by both, naming its file, with dist/ left as it was; the cases that are
// built are built together, once per file of cases, and each then inspects the site.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, makeHostileSite, previousSite, runOn, type BuiltFixture, type HostileCase } from '../helpers/hostile.ts';

const caseFiles = import.meta.glob<{ cases: HostileCase[] }>('../hostile/*.cases.ts', { eager: true });

const matches = (text: string, pattern: string | RegExp) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));
const markerGone = (root: string, hostile: HostileCase) => {
  if (hostile.marker) expect(fs.existsSync(path.join(root, hostile.marker)), `the payload of "${hostile.name}" ran`).toBe(false);
};

for (const [file, { cases }] of Object.entries(caseFiles) as [string, { cases: HostileCase[] }][]) {
  describe(path.basename(file, '.cases.ts'), () => {
    for (const hostile of cases.filter((c) => c.refused)) {
      it(`refuses ${hostile.name}`, () => {
        const fixture = makeHostileSite([hostile]);
        const { file: named, message } = hostile.refused!;
        const check = runOn(fixture, 'check');
        expect(check.status, check.output).toBe(1);
        expect(check.output).toContain('Nothing was published');
        const lines = check.output.split('\n').filter((line) => matches(line, named));
        expect(lines.some((line) => matches(line, message)), `no line names ${named} with ${message}:\n${check.output}`).toBe(true);
        expect(check.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        const dist = previousSite(fixture);
        const build = runOn(fixture, 'build', { DIST_DIR: dist });
        expect(build.status, build.output).not.toBe(0);
        expect(build.output.split('\n').some((line) => matches(line, named) && matches(line, message)), build.output).toBe(true);
        expect(fs.readdirSync(dist)).toEqual(['index.html']);
        expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('previous site');
        markerGone(fixture.root, hostile);
      }, 240_000);
    }

    const built = cases.filter((c) => c.safe);
    if (!built.length) return;
    describe('built safely', () => {
      const fixture = makeHostileSite(built);
      let site: BuiltFixture | Error | undefined;
      let checked: ReturnType<typeof runOn> | undefined;
      // Built once for all the cases of the file; a failed build fails each of them with its output, without building again.
      const siteOnce = (): BuiltFixture => {
        if (!site) {
          try {
            site = buildFixture(fixture);
          } catch (error) {
            site = error as Error;
          }
        }
        if (site instanceof Error) throw site;
        return site;
      };
      for (const hostile of built) {
        it(hostile.name, () => {
          const check = (checked ??= runOn(fixture, 'check'));
          expect(check.status, check.output).toBe(0);
          hostile.safe!(siteOnce());
          markerGone(fixture.root, hostile);
        }, 240_000);
      }
    });
  });
}
