import type { PlanTheme } from '../../schemas/common.ts';

/** The Police and Crime Plan 2017-20 themes, in the plan's order, with their display names. */
export const planThemes: readonly { id: PlanTheme; name: string }[] = [
  { id: 'victims', name: 'Victims' },
  { id: 'offenders', name: 'Offenders' },
  { id: 'communities', name: 'Communities' },
  { id: 'transformation', name: 'Transformation' },
];

/** Display name of a plan theme. */
export function themeName(id: PlanTheme): string {
  return planThemes.find((theme) => theme.id === id)?.name ?? id;
}
