import { describe, expect, it } from 'vitest';
import { compareActionIds, compareThemes, countStatuses, directionInfo, isReportingLine, latestUpdate, statusInfo, totalOf, updatesNewestFirst } from '../../../src/lib/model/plan.ts';
import { planDirections, planStatuses, type PlanUpdate } from '../../../src/schemas/plan.ts';

const update = (date: string, status: PlanUpdate['status']): PlanUpdate => ({ date, status, progress: ['x'], links: [], source: { title: 'Pack' } });

describe('compareActionIds', () => {
  it('puts actions in the plan order: theme, number, then parts', () => {
    const ids = ['T1', 'C10', 'O2.1', 'C2', 'V9', 'O2', 'O10', 'C10.2', 'V1.1', 'O2.3', 'V1', 'C10.1', 'O1'];
    expect([...ids].sort(compareActionIds)).toEqual(['V1', 'V1.1', 'V9', 'O1', 'O2', 'O2.1', 'O2.3', 'O10', 'C2', 'C10', 'C10.1', 'C10.2', 'T1']);
  });
  it('orders themes as the plan does', () => {
    expect((['transformation', 'victims', 'communities', 'offenders'] as const).slice().sort(compareThemes)).toEqual(['victims', 'offenders', 'communities', 'transformation']);
  });
});

describe('updates', () => {
  const history = [update('2018-05-10', 'not-stated'), update('2018-11-08', 'green'), update('2018-08-09', 'amber')];
  it('lists them newest first without changing the original', () => {
    expect(updatesNewestFirst(history).map((u) => u.date)).toEqual(['2018-11-08', '2018-08-09', '2018-05-10']);
    expect(history[0]!.date).toBe('2018-05-10');
  });
  it('takes the latest, whatever order they were written in', () => {
    expect(latestUpdate(history)?.status).toBe('green');
    expect(latestUpdate([])).toBeUndefined();
  });
});

describe('countStatuses', () => {
  it('counts the latest status of each line, with every status present', () => {
    const counts = countStatuses([
      { updates: [update('2018-05-10', 'red'), update('2018-08-09', 'green')] },
      { updates: [update('2018-05-10', 'green')] },
      { updates: [update('2018-05-10', 'not-stated')] },
      { updates: [] },
    ]);
    expect(counts).toEqual({ red: 0, amber: 0, green: 2, 'not-started': 0, 'not-stated': 2 });
    expect(totalOf(counts)).toBe(4);
  });
  it('decides which actions carry their own status', () => {
    expect(isReportingLine({ id: 'O2', updates: [] }, true)).toBe(false);
    expect(isReportingLine({ id: 'O3', updates: [] }, false)).toBe(true);
    expect(isReportingLine({ id: 'O2', updates: [update('2018-05-10', 'red')] }, true)).toBe(true);
  });
});

describe('the key in words', () => {
  it('explains every status and direction in words, not colour alone', () => {
    for (const status of planStatuses) expect(statusInfo[status].meaning.length, status).toBeGreaterThan(5);
    for (const direction of planDirections) expect(directionInfo[direction].label).toMatch(/^[A-Z]/);
    expect(statusInfo['not-stated'].meaning).toMatch(/never guesses/);
  });
});
