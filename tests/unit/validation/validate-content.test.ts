import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/lib/validation/problems.ts';
import { validateContent } from '../../../src/lib/validation/validate-content.ts';
import { makeContent, withLine } from '../../helpers/content-fixture.ts';

const paper = 'papers/2018-05-10-a-paper.md';

describe('valid content', () => {
  it('has no problems and loads every collection', () => {
    const { root, contentDir } = makeContent();
    const { problems, content } = validateContent(root, contentDir);
    expect(problems).toEqual([]);
    expect(content.papers.map((p) => p.id)).toEqual(['2018-05-10-a-paper']);
    expect(content.meetings[0]!.data.date).toBe('2018-05-10');
  });
});

// One case per kind of bad content, with the message each must give: tests/unit/validation/bad-content.test.ts.

describe('several problems at once', () => {
  it('reports all three in one run, in file order', () => {
    const overrides = {
      ...withLine(paper, 'title: A paper\n', ''),
      'papers/2018-05-10-second.md': validFilesWith('meeting: test-board-2018-05-10', 'meeting: unknown-meeting', '"1"', '"2"'),
      'papers/2018-05-10-third.md': validFilesWith('date: 2018-05-10', 'date: 2018-13-40', '"1"', '"3"'),
    };
    const { root, contentDir } = makeContent(overrides);
    const { problems } = validateContent(root, contentDir);
    expect(problems).toHaveLength(3);
    const report = formatReport(problems);
    expect(report).toMatch(/^Content check found 3 problems\. Nothing was published\./);
    expect(report).toContain('content/papers/2018-05-10-a-paper.md:2  title  is missing');
    expect(report).toContain('content/papers/2018-05-10-second.md:4  meeting  "unknown-meeting" is not a meeting');
    expect(report).toContain('content/papers/2018-05-10-third.md:7  date  is "2018-13-40"');
  });
});

function validFilesWith(from: string, to: string, itemFrom: string, itemTo: string): string {
  return Object.values(withLine(paper, from, to))[0]!.replace(`agendaItem: ${itemFrom}`, `agendaItem: ${itemTo}`);
}
