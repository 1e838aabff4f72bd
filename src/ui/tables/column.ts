/** One column of a data table: its heading, the value to show and sort by, and whether it picks the row. */
export interface Column<R> {
  id: string;
  label: string;
  value: (row: R) => string | number;
  /** Shown as a button that picks the row (the row's name). */
  pick?: boolean;
}
