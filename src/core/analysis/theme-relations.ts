import type { Theme } from '../model/vocabulary';

/**
 * Themes that are different but close enough that two boards holding them draw on the same
 * people and information. Each pair says why, so a reason shown to a user can be defended.
 */
const RELATED: readonly [Theme, Theme, string][] = [
  [
    'organised-crime',
    'counter-terrorism',
    'the same policing and intelligence leads; the closure report pairs SVOC and CONTEST boards',
  ],
  [
    'serious-violence',
    'organised-crime',
    'serious violence is largely driven by organised crime groups',
  ],
  ['serious-violence', 'vawdasv', 'violence against women is a large share of serious violence'],
  [
    'criminal-justice',
    'reducing-reoffending',
    'reoffending is managed by the criminal justice agencies',
  ],
  ['reducing-reoffending', 'youth-justice', 'youth offending services work to reduce reoffending'],
  ['reducing-reoffending', 'public-protection', 'offender management under MAPPA serves both'],
  ['safeguarding', 'vawdasv', 'domestic abuse cases are safeguarding cases'],
  ['safeguarding', 'modern-slavery', 'victims of exploitation are safeguarded'],
  ['organised-crime', 'modern-slavery', 'exploitation is run by organised crime groups'],
  ['safeguarding', 'public-protection', 'both protect people at risk'],
  [
    'community-safety',
    'anti-social-behaviour',
    'anti-social behaviour is a core community safety duty',
  ],
  ['community-safety', 'cohesion', 'community tensions are handled by community safety teams'],
  ['counter-terrorism', 'cohesion', 'Prevent works through community cohesion'],
  ['health-and-care', 'well-being', 'both are public-service planning for health outcomes'],
  ['substance-misuse', 'health-and-care', 'substance misuse services are health and care services'],
  ['policing', 'criminal-justice', 'policing is the front door of criminal justice'],
];

const related = new Map<Theme, Set<Theme>>();
for (const [a, b] of RELATED) {
  related.set(a, (related.get(a) ?? new Set()).add(b));
  related.set(b, (related.get(b) ?? new Set()).add(a));
}

// Called for every candidate pair of boards, so it looks up rather than builds keys.
export const areRelated = (a: Theme, b: Theme): boolean => related.get(a)?.has(b) === true;

/** The themes related to one theme. */
export const relatedThemes = (theme: Theme): readonly Theme[] => relatedList.get(theme) ?? [];

const relatedList = new Map<Theme, readonly Theme[]>(
  [...related].map(([theme, others]) => [theme, [...others]]),
);
