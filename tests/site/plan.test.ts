// The Police and Crime Plan pages as a reader meets them in the built site.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { statusInfo } from '../../src/lib/model/plan.ts';
import { validatePlan } from '../../src/lib/validation/validate-plan.ts';
import { planStatuses } from '../../src/schemas/plan.ts';
import { basePath, distDir, loadPages, type BuiltPage } from '../helpers/built-site.ts';

let pages: Map<string, BuiltPage>;
beforeAll(() => {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error('Build the site first: npm run build');
  pages = loadPages();
});

const { root, dataDir } = contentPaths();
const { themes, actions } = validatePlan(root, dataDir);
const base = basePath.replace(/\/$/, '');
const page = (url: string): BuiltPage => {
  const found = pages.get(base + url);
  if (!found) throw new Error(`No page at ${url}`);
  return found;
};
const text = (html: BuiltPage['document'] | null | undefined) => (html?.text ?? '').replace(/\s+/g, ' ').trim();
/** The label/value pairs of a summary list, each text with its spaces kept. */
const pairs = (dl: BuiltPage['document'] | null | undefined): Map<string, string> =>
  new Map((dl?.querySelectorAll(':scope > div') ?? []).map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
const hasParts = (id: string) => actions.some((a) => a.data.parent === id);
const reportingLines = actions.filter((a) => a.data.updates.length > 0 || !hasParts(a.data.id));

describe('every action and part', () => {
  it.each(actions.map((a) => [a.data.id, a] as const))('%s has its page with status, leads and its updates', (id, action) => {
    const built = page(`/plan/actions/${action.id}/`);
    expect(text(built.document.querySelector('h1'))).toMatch(new RegExp(`^${id.replace('.', '\\.')}: `));
    const summary = pairs(built.document.querySelector('main dl.summary-list'));
    for (const label of ['Status', 'OPCC lead', 'Delivery lead']) expect(summary.get(label), `${id} ${label}`).toBeTruthy();
    if (action.data.opccLead) expect(summary.get('OPCC lead')).toBe(action.data.opccLead);
    if (action.data.deliveryLead) expect(summary.get('Delivery lead')).toBe(action.data.deliveryLead);
    const latest = [...action.data.updates].sort((a, b) => b.date.localeCompare(a.date))[0];
    if (latest) expect(summary.get('Status')).toBe(statusInfo[latest.status].label);
    const main = text(built.document.querySelector('main'));
    for (const update of action.data.updates) {
      expect(built.document.querySelector(`#updates ~ * time[datetime="${update.date}"], .plan-history time[datetime="${update.date}"]`), `${id} ${update.date}`).not.toBeNull();
      expect(main).toContain(statusInfo[update.status].label);
    }
    if (!action.data.opccLead && !action.data.parent && !hasParts(action.data.id)) expect(summary.get('OPCC lead')).toBe('Not stated');
  });

  it('each action page has the breadcrumbs Home › Police and Crime Plan › its theme', () => {
    for (const action of actions) {
      const crumbs = page(`/plan/actions/${action.id}/`).document.querySelectorAll('nav.breadcrumbs a').map((a) => a.text.trim());
      const theme = themes.find((t) => t.id === action.data.theme)!;
      expect(crumbs, action.data.id).toEqual(['Home', 'Police and Crime Plan', theme.data.name]);
    }
  });

  it('shows the history of updates newest first', () => {
    for (const action of actions) {
      const dates = page(`/plan/actions/${action.id}/`).document.querySelectorAll('.plan-history > li h3 time').map((t) => t.getAttribute('datetime')!);
      expect(dates, action.data.id).toEqual(action.data.updates.map((u) => u.date).sort().reverse());
    }
  });

  it('links to the indicators it names, and an action in parts lists its parts', () => {
    for (const action of actions) {
      const built = page(`/plan/actions/${action.id}/`);
      const hrefs = built.document.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const indicator of action.data.indicators) expect(hrefs, action.data.id).toContain(`${base}/performance/indicators/${indicator}/`);
      for (const part of actions.filter((a) => a.data.parent === action.data.id)) expect(hrefs, action.data.id).toContain(`${base}/plan/actions/${part.id}/`);
    }
  });
});

describe('the plan page', () => {
  it('shows every theme with its aim or says the aim is not held here', () => {
    const main = text(page('/plan/').document.querySelector('main'));
    for (const theme of themes) {
      expect(main).toContain(theme.data.name);
      if (!theme.data.aim) expect(main).toContain("The plan's aim for this theme is not in the published papers held here.");
    }
  });

  it('shows the count per status per theme in a table with a caption and headers, adding up to every action or part', () => {
    const table = page('/plan/').document.querySelector('table.plan-status-table')!;
    expect(table).not.toBeNull();
    expect(text(table.querySelector('caption'))).toMatch(/delivery status and theme/);
    const headers = table.querySelectorAll('thead th').map((th) => [text(th), th.getAttribute('scope')]);
    expect(headers).toEqual([['Theme', 'col'], ...planStatuses.map((s) => [statusInfo[s].label, 'col']), ['Total', 'col']]);
    for (const theme of themes) {
      const row = table.querySelector(`tbody tr[data-theme="${theme.id}"]`)!;
      expect(row.querySelector('th')?.getAttribute('scope')).toBe('row');
      const lines = reportingLines.filter((a) => a.data.theme === theme.id);
      for (const status of planStatuses) {
        const expected = lines.filter((a) => [...a.data.updates].sort((x, y) => y.date.localeCompare(x.date))[0]?.status === status).length;
        expect(Number(text(row.querySelector(`td[data-status="${status}"]`))), `${theme.id} ${status}`).toBe(expected);
      }
      expect(Number(text(row.querySelector('td[data-status="total"]')))).toBe(lines.length);
    }
  });

  it('explains every status in words, and never shows a status by colour alone', () => {
    const built = page('/plan/');
    const key = pairs(built.document.querySelector('dl.plan-key'));
    for (const status of planStatuses) expect(key.get(statusInfo[status].label)).toBe(statusInfo[status].meaning);
    for (const url of [...pages.keys()].filter((u) => u.startsWith(`${base}/plan/`))) {
      for (const badge of pages.get(url)!.document.querySelectorAll('.plan-status')) expect(text(badge), url).not.toBe('');
    }
  });
});

describe('theme pages', () => {
  it('list every action of the theme with a link to its page, status, leads and latest update', () => {
    for (const theme of themes) {
      const built = page(`/plan/${theme.id}/`);
      const items = built.document.querySelectorAll('li[data-action]');
      expect(items.map((li) => li.getAttribute('data-action'))).toEqual(actions.filter((a) => a.data.theme === theme.id).map((a) => a.data.id));
      for (const item of items) {
        const action = actions.find((a) => a.data.id === item.getAttribute('data-action'))!;
        const summary = pairs(item.querySelector('dl'));
        for (const label of ['Status', 'OPCC lead', 'Delivery lead']) expect(summary.get(label), `${action.data.id} ${label}`).toBeTruthy();
        expect(item.querySelector('a')?.getAttribute('href')).toBe(`${base}/plan/actions/${action.id}/`);
        const latest = [...action.data.updates].sort((a, b) => b.date.localeCompare(a.date))[0];
        if (latest) expect(item.querySelector('dl time')?.getAttribute('datetime'), action.data.id).toBe(latest.date);
      }
      const breadcrumbs = built.document.querySelectorAll('nav.breadcrumbs a').map((a) => a.text.trim());
      expect(breadcrumbs).toEqual(['Home', 'Police and Crime Plan']);
    }
  });
});
