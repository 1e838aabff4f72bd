/**
 * The acronyms of the seed documents' glossary, with the words a board's name uses for them, so
 * a search for "APB" finds every Area Planning Board whether or not its record has an acronym.
 */
export const GLOSSARY: Readonly<Record<string, readonly string[]>> = {
  SVOC: ['serious violence and organised crime', 'serious violence & organised crime'],
  SOC: ['serious and organised crime', 'serious organised crime', 'organised crime'],
  APB: ['area planning board'],
  VAWDASV: ['violence against women', 'domestic abuse and sexual violence', 'vawdasv'],
  PSB: ['public services board'],
  CSP: ['community safety partnership'],
  RPB: ['regional partnership board'],
  IOM: ['integrated offender management'],
  LCJB: ['local criminal justice board'],
  AWCJB: ['all wales criminal justice board'],
  CJB: ['criminal justice board'],
  CONTEST: ['contest'],
  VPU: ['violence prevention unit'],
  PCC: ['police and crime commissioner'],
  PCP: ['police and crime panel'],
  WLGA: ['welsh local government association'],
};

/** Glossary acronyms that describe a name. */
export function acronymsFor(name: string): string[] {
  const lower = name.toLowerCase();
  return Object.entries(GLOSSARY)
    .filter(([, phrases]) => phrases.some((p) => lower.includes(p)))
    .map(([acronym]) => acronym);
}
