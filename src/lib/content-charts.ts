// A Markdown text is rendered to HTML when Astro loads it; the chart lines it may contain
// (`<IndicatorChart id="…" />`, checked by markdown-rules.ts) pass through as they were written.
// The page splits the HTML at those lines and renders the chart component in their place.

/** A piece of a rendered text: HTML as it is, or the place of a chart. */
export type ContentPart = { html: string; chart?: undefined } | { chart: string; html?: undefined };

const chartLine = /<IndicatorChart\s+id\s*=\s*(?:"([^"]*)"|'([^']*)')\s*\/>/g;

/** Split rendered HTML at each chart tag, in order; HTML with no chart is one part. */
export function splitAtCharts(html: string): ContentPart[] {
  const parts: ContentPart[] = [];
  let position = 0;
  for (const match of html.matchAll(chartLine)) {
    if (match.index > position) parts.push({ html: html.slice(position, match.index) });
    parts.push({ chart: match[1] ?? match[2]! });
    position = match.index + match[0].length;
  }
  if (position < html.length) parts.push({ html: html.slice(position) });
  return parts;
}
