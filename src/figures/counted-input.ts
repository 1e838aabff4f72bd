import type { PresetId } from '../core/io/svg/page';
import type { BoardId, Landscape } from '../core/model/types';
import type { Language } from '../i18n/catalogue';

/** What a figure that counts boards (the meeting load, who sits where) is drawn from. */
export interface CountedFigureInput {
  /** What is drawn: the scenario's landscape when one is open, else the baseline. */
  landscape: Landscape;
  /** The baseline, for the caption (title, as-at date, sources). */
  baseline: Landscape;
  scenarioName?: string;
  lang: Language;
  /** Count only these boards (a region, the view); all boards when absent. */
  boards?: ReadonlySet<BoardId>;
  /** The place the subtitle names (a region's name, already in `lang`); the landscape's title when absent. */
  where?: string;
  preset?: PresetId;
}
