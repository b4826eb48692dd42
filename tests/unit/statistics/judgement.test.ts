import { describe, expect, it } from 'vitest';
import { assess, assessmentWording, judge, judgementOfChange, parseJudgement, polarityWording, type Assessment, type Judgement, type Polarity } from '../../../src/lib/statistics/judgement.ts';

describe('assess', () => {
  it.each<[Polarity, Judgement, Assessment]>([
    ['higher-is-better', 'higher', 'better'],
    ['higher-is-better', 'lower', 'worse'],
    ['higher-is-better', 'comparable', 'no-clear-change'],
    ['lower-is-better', 'higher', 'worse'],
    ['lower-is-better', 'lower', 'better'],
    ['lower-is-better', 'comparable', 'no-clear-change'],
    ['neither', 'higher', 'higher'],
    ['neither', 'lower', 'lower'],
    ['neither', 'comparable', 'no-clear-change'],
  ])('%s and %s → %s', (polarity, judgement, assessment) => expect(assess(polarity, judgement)).toBe(assessment));
});

describe('parseJudgement', () => {
  it.each([
    ['Higher', 'higher'],
    ['Lower', 'lower'],
    ['Comparable', 'comparable'],
    ['Compa ra bl e', 'comparable'],
    ['', undefined],
    ['-', undefined],
    [undefined, undefined],
  ])('%s → %s', (text, judgement) => expect(parseJudgement(text)).toBe(judgement));

  it.each(['Better', 'Below national average'])('rejects %s', (text) => expect(() => parseJudgement(text)).toThrow(/not a judgement/));
});

describe('judge', () => {
  it('takes the source judgement over the arithmetic', () => {
    // Immediate grade incidents: rolling 15 and baseline 15 minutes, yet the dashboard says Higher.
    expect(judge({ polarity: 'lower-is-better', sourceJudgement: 'higher', change: { absolute: 0 } })).toEqual({ judgement: 'higher', assessment: 'worse', basis: 'source' });
  });

  it.each<[Polarity, number, number | undefined, Judgement, Assessment]>([
    ['lower-is-better', -0.1, undefined, 'lower', 'better'],
    ['higher-is-better', -6, undefined, 'lower', 'worse'],
    ['higher-is-better', 0, undefined, 'comparable', 'no-clear-change'],
    ['higher-is-better', 0.4, 0.5, 'comparable', 'no-clear-change'],
    ['neither', 91, undefined, 'higher', 'higher'],
  ])('works it out when the source is silent: %s, change %d, tolerance %s', (polarity, absolute, tolerance, judgement, assessment) => {
    expect(judge({ polarity, change: { absolute }, ...(tolerance === undefined ? {} : { tolerance }) })).toEqual({ judgement, assessment, basis: 'computed' });
  });

  it('has nothing to say without a judgement or a change', () => expect(judge({ polarity: 'neither' })).toBeUndefined());

  it('judgementOfChange uses the tolerance on both sides', () => {
    expect(judgementOfChange({ absolute: -0.5 }, 0.5)).toBe('comparable');
    expect(judgementOfChange({ absolute: -0.6 }, 0.5)).toBe('lower');
  });
});

describe('wording', () => {
  it.each<[Assessment, string]>([
    ['better', 'better'],
    ['worse', 'worse'],
    ['no-clear-change', 'no clear change'],
    ['higher', 'higher'],
    ['lower', 'lower'],
  ])('%s reads "%s"', (assessment, words) => expect(assessmentWording(assessment)).toBe(words));

  it.each<[Polarity, string]>([
    ['higher-is-better', 'Higher is better'],
    ['lower-is-better', 'Lower is better'],
    ['neither', 'Neither higher nor lower is better in itself'],
  ])('%s reads "%s"', (polarity, words) => expect(polarityWording(polarity)).toBe(words));
});
