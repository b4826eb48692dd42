import { describe, expect, it } from 'vitest';
import { splitAtCharts } from '../../../src/lib/markdown/content-charts.ts';

describe('splitAtCharts: where a chart goes in a rendered Markdown text', () => {
  it('leaves a text without charts whole', () => {
    expect(splitAtCharts('<h2>Purpose</h2>\n<p>Text.</p>\n')).toEqual([{ html: '<h2>Purpose</h2>\n<p>Text.</p>\n' }]);
  });

  it('puts each chart between the HTML before and after it, in order', () => {
    const html = '<p>Before.</p>\n<IndicatorChart id="all-recorded-crime" />\n<p>Between.</p>\n<IndicatorChart id=\'ksi\'/>\n<p>After.</p>\n';
    expect(splitAtCharts(html)).toEqual([
      { html: '<p>Before.</p>\n' },
      { chart: 'all-recorded-crime' },
      { html: '\n<p>Between.</p>\n' },
      { chart: 'ksi' },
      { html: '\n<p>After.</p>\n' },
    ]);
  });

  it('finds a chart at the very start or end, and nothing else that merely mentions one', () => {
    expect(splitAtCharts('<IndicatorChart id="a" />')).toEqual([{ chart: 'a' }]);
    expect(splitAtCharts('<p>Write &lt;IndicatorChart id="a" /&gt; to add a chart.</p>')).toHaveLength(1);
  });
});
