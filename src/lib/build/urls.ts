/** Join the deployment base path (for example "/repo/" on GitHub Pages) and a site path. */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** The file a page path is built into with build.format "directory" ("/papers/x/" to "papers/x/index.html"). */
export function builtFile(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

/** Site paths for each kind of page, so no page builds a URL by hand. */
export const paths = {
  home: () => '/',
  boards: () => '/boards/',
  board: (id: string) => `/boards/${id}/`,
  meetings: () => '/meetings/',
  meeting: (id: string) => `/meetings/${id}/`,
  papers: () => '/papers/',
  papersByBoard: (board: string) => `/papers/board/${board}/`,
  papersByTheme: (theme: string) => `/papers/theme/${theme}/`,
  paper: (id: string) => `/papers/${id}/`,
  decisions: () => '/decisions/',
  decision: (id: string) => `/decisions/${id}/`,
  inspections: () => '/inspections/',
  inspection: (id: string) => `/inspections/${id}/`,
  accessibility: () => '/accessibility/',
  performance: () => '/performance/',
  indicator: (id: string) => `/performance/indicators/${id}/`,
  performanceTopic: (topic: string) => `/performance/${topic}/`,
  performanceTheme: (theme: string) => `/performance/themes/${theme}/`,
  performanceRating: (rating: string) => `/performance/ratings/${rating}/`,
  dataCatalogue: () => '/data/',
  datasetCsv: (id: string) => `/data/${id}.csv`,
  datasetJson: (id: string) => `/data/${id}.json`,
  plan: () => '/plan/',
  planTheme: (theme: string) => `/plan/${theme}/`,
  planAction: (id: string) => `/plan/actions/${id}/`,
  inspectionTracker: () => '/inspections/tracker/',
  glossary: () => '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  transparency: () => '/transparency/',
  spending: () => '/transparency/spending/',
  spendMonth: (month: string, page = 1) => (page === 1 ? `/transparency/spending/${month}/` : `/transparency/spending/${month}/page-${page}/`),
  spendDownload: (name: string, format: 'csv' | 'json') => `/transparency/spending/spending-${name}.${format}`,
  search: () => '/search/',
  corrections: () => '/corrections/',
} as const;
