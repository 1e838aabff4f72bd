import {
  createBoardMatcher,
  EMPTY_FILTER,
  isEmptyFilter,
  type BoardFilter,
} from '../core/filters/filters';
import { neighbourhood, ubiquitousMembers } from '../core/model/neighbourhood';
import type { BoardId, OrganisationId } from '../core/model/types';
import type { ScenarioState } from './scenario.svelte';

export type FocusTarget = { board: BoardId } | { organisation: OrganisationId };

/**
 * Which boards are in view: the user's filters and, when focused, one board's or organisation's
 * neighbourhood. Graph, map, tables and lists all read `visible`; null means every board.
 */
export class ViewFilter {
  filter = $state.raw<BoardFilter>(EMPTY_FILTER);
  focus = $state.raw<FocusTarget | null>(null);
  focusSteps = $state<1 | 2>(1);
  /** Whether focus follows members who sit on most boards too. */
  includeUbiquitous = $state(false);
  /** Police regions drawn as one summary node each instead of their boards. */
  collapsed = $state.raw<string[]>([]);

  toggleCollapsed(region: string): void {
    this.collapsed = this.collapsed.includes(region)
      ? this.collapsed.filter((r) => r !== region)
      : [...this.collapsed, region];
  }

  readonly #scenario: ScenarioState;

  constructor(scenario: ScenarioState) {
    this.#scenario = scenario;
  }

  readonly matcher = $derived.by(() => {
    const landscape = this.#scenario.landscape;
    return landscape && createBoardMatcher(landscape);
  });

  readonly #ubiquitous = $derived.by(() => {
    const landscape = this.#scenario.landscape;
    return landscape ? ubiquitousMembers(landscape) : undefined;
  });

  /** The focused neighbourhood, when there is a focus. */
  readonly neighbourhood = $derived.by(() => {
    const landscape = this.#scenario.landscape;
    if (!landscape || !this.focus) return null;
    return neighbourhood(
      landscape,
      this.focus,
      this.focusSteps,
      this.includeUbiquitous ? undefined : this.#ubiquitous,
    );
  });

  readonly visible = $derived.by((): ReadonlySet<BoardId> | null => {
    const landscape = this.#scenario.landscape;
    if (!landscape) return null;
    // The matcher is a pass over every board and membership: built only once a filter is set.
    const filtered = isEmptyFilter(this.filter) ? null : (this.matcher?.apply(this.filter) ?? null);
    if (!this.neighbourhood) return filtered;
    const near = this.neighbourhood.boards;
    // A fresh value for each change, read but never mutated, so a plain Set is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return filtered ? new Set([...near].filter((id) => filtered.has(id))) : near;
  });

  set<K extends keyof BoardFilter>(facet: K, value: BoardFilter[K]): void {
    this.filter = { ...this.filter, [facet]: value };
  }

  clear(): void {
    this.filter = EMPTY_FILTER;
  }
}
