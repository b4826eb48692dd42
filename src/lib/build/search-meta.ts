// What a search result says of its page besides the excerpt. A page's facts (who a paper is from, its board) go
// into Pagefind metadata, which Pagefind also searches, and the result shows them on a line of their own; the lists
// they come from on the page are left out of the index text, so an excerpt is the page's prose ("FromChief
// Constable. Date10 May 2018." was a label run into its value).

/** One fact about a page for its search result: "From: Chief Constable", or a value alone ("Held"). */
export interface SearchDetail {
  label?: string;
  value: string;
}

/** What joins the parts of a result's metadata line. */
export const searchMetaSeparator = ' · ';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The facts as one line for the page's `details` metadata, in order, each "label: value" or the value alone:
 * "From: Chief Constable · Business Coordination Board". Facts with no value are left out.
 */
export function searchDetailsText(details: readonly SearchDetail[]): string {
  return details
    .map((detail) => ({ label: clean(detail.label ?? ''), value: clean(detail.value) }))
    .filter((detail) => detail.value !== '')
    .map((detail) => (detail.label ? `${detail.label}: ${detail.value}` : detail.value))
    .join(searchMetaSeparator);
}

/**
 * A result's metadata line, from the metadata BaseLayout gives each page (`type`, `date`, `details`):
 * "Paper · 10 May 2018 · From: Chief Constable · Business Coordination Board".
 */
export function searchResultMeta(meta: Readonly<Record<string, string | undefined>>): string {
  return [meta.type, meta.date, meta.details]
    .map((part) => clean(part ?? ''))
    .filter(Boolean)
    .join(searchMetaSeparator);
}

/**
 * Parts of pages the index leaves out, given to the Pagefind command (--exclude-selectors): every description list,
 * since a <dl> is label-and-value facts (a summary list, a chart's source and downloads) and Pagefind reads each
 * label run into its value; and a chart's key, read as a run of bare periods ("2016. 12 months to October 2017.").
 * Pagefind never indexes a chart's SVG. Tables are marked data-pagefind-ignore where they are made.
 */
export const searchExcludedSelectors: readonly string[] = ['dl', '.chart-legend'];
