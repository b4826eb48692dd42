// A Markdown text is rendered to HTML by its page (render-text.ts); the chart lines it may contain
// (`<IndicatorChart id="…" />`, checked by markdown-rules.ts) pass through as they were written.
// The page splits the HTML at those lines and renders the chart component in their place.

/** A piece of a rendered text: HTML as it is, or the place of a chart. */
export type ContentPart = { html: string; chart?: undefined } | { chart: string; html?: undefined };

/** A chart as the check accepts it (markdown-rules.ts) and the page replaces it: `<IndicatorChart id="…" />`. */
const chartTag = String.raw`<IndicatorChart\s+id\s*=\s*(?:"([^"]*)"|'([^']*)')\s*\/>`;
const chartTags = new RegExp(chartTag, 'g');
const wholeChartTag = new RegExp(`^${chartTag}$`);

/** The dataset id of a chart tag that is the whole of `text` (spaces around it aside), or undefined. */
export function chartTagId(text: string): string | undefined {
  const match = wholeChartTag.exec(text.trim());
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Split rendered HTML at each chart tag, in order; HTML with no chart is one part. */
export function splitAtCharts(html: string): ContentPart[] {
  const parts: ContentPart[] = [];
  let position = 0;
  for (const match of html.matchAll(chartTags)) {
    if (match.index > position) parts.push({ html: html.slice(position, match.index) });
    parts.push({ chart: match[1] ?? match[2]! });
    position = match.index + match[0].length;
  }
  if (position < html.length) parts.push({ html: html.slice(position) });
  return parts;
}
