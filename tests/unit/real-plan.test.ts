// The real data/plan must be complete and valid: every action of the 10 May 2018 delivery plan.
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../src/lib/sources/content-paths.ts';
import { compareActionIds } from '../../src/lib/model/plan.ts';
import { formatReport } from '../../src/lib/validation/problems.ts';
import { validateSite } from '../../src/lib/validation/validate-site.ts';

const { root } = contentPaths();
const site = validateSite(root);
const { themes, actions } = site.plan;
const ids = actions.map((a) => a.data.id);
const range = (letter: string, last: number) => Array.from({ length: last }, (_, i) => `${letter}${i + 1}`);

describe('data/plan', () => {
  it('has no problems, with its links to indicators and papers checked', () => {
    const planProblems = site.problems.filter((p) => p.file.startsWith('data/plan'));
    expect(planProblems, formatReport(planProblems)).toEqual([]);
  });

  it('has the four themes in order', () => {
    expect(themes.map((t) => t.id)).toEqual(['victims', 'offenders', 'communities', 'transformation']);
  });

  it('has every action V1-V9, O1-O11, C1-C10 and T1-T10, and the parts the delivery plan numbers', () => {
    const top = actions.filter((a) => !a.data.parent).map((a) => a.data.id);
    expect(top).toEqual([...range('V', 9), ...range('O', 11), ...range('C', 10), ...range('T', 10)]);
    const parts = actions.filter((a) => a.data.parent).map((a) => a.data.id);
    expect(parts).toEqual(['V1.1', 'O1.1', 'O2.1', 'O2.2', 'O2.3', 'O5.1', 'O5.2', 'C10.1', 'C10.2']);
    expect([...ids].sort(compareActionIds)).toEqual(ids);
  });

  it('gives every action a theme, and leads or none (shown as not stated), from the real papers', () => {
    for (const { data, source } of actions) {
      expect(data.theme, source.file).toMatch(/^(victims|offenders|communities|transformation)$/);
      for (const lead of [data.opccLead, data.deliveryLead]) if (lead !== undefined) expect(lead.trim(), source.file).not.toBe('');
      expect(data.source.paper, source.file).toBe('2018-05-10-police-and-crime-plan-progress');
    }
    const withOpccLead = actions.filter((a) => a.data.opccLead || actions.find((p) => p.data.id === a.data.parent)?.data.opccLead);
    expect(withOpccLead.length).toBeGreaterThan(40);
  });

  it('gives every action at least one dated update, its own or its parts', () => {
    for (const { data, source } of actions) {
      const parts = actions.filter((a) => a.data.parent === data.id);
      const dated = [...data.updates, ...parts.flatMap((p) => p.data.updates)].filter((u) => /^\d{4}-\d{2}-\d{2}$/.test(u.date));
      expect(dated.length, source.file).toBeGreaterThan(0);
    }
  });

  it('never guesses a status: the 2018 pack gives none that survived, so every 2018 update says not stated', () => {
    const updates = actions.flatMap((a) => a.data.updates).filter((u) => u.date === '2018-05-10');
    expect(updates).toHaveLength(44);
    expect(new Set(updates.map((u) => u.status))).toEqual(new Set(['not-stated']));
    expect(updates.filter((u) => u.direction)).toEqual([]);
  });

  it('keeps figures exactly as printed', () => {
    const text = (id: string) => JSON.stringify(actions.find((a) => a.data.id === id)!.data);
    expect(text('C9')).toMatch(/9\.7%.*2\.8%/);
    expect(text('C4')).toMatch(/83\.2%/);
    expect(text('C4')).toMatch(/6 districts to 2 areas/);
    expect(text('O5.2')).toMatch(/over 600/);
    expect(text('V7')).toMatch(/£400k/);
    expect(text('V4')).toMatch(/since October 2017/);
    expect(text('O11')).toMatch(/1 July 2017/);
  });

  it('never shows a source file name or line number to the public', () => {
    for (const { data, source } of actions) {
      const shown = JSON.stringify({ ...data, source: { ...data.source, provenance: undefined }, updates: data.updates.map((u) => ({ ...u, source: { ...u.source, provenance: undefined } })) });
      expect(shown, source.file).not.toMatch(/\bseed\b|\blines? \d/i);
    }
  });
});
