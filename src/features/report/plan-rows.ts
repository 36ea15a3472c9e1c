import { arrangeMeasures, type Measure, type MeasureView } from '../../domain';

// The plan as one flat run of rows (group headings, section headings, measures), so that a
// virtualised list can render only the rows on screen, whatever the size of the plan.

export type PlanRow =
  | { kind: 'group'; key: string; group: number; heading: string; count: number }
  | { kind: 'section'; key: string; group: number; label: string; count: number }
  | {
      kind: 'measure';
      key: string;
      group: number;
      measure: Measure;
      editable: boolean;
      /** 1-based place among the measures shown, and how many there are: told to screen readers. */
      position: number;
      total: number;
    };

export type RowGroup = { heading: string; measures: readonly Measure[]; editable: boolean };

export function planRows(groups: readonly RowGroup[], view: MeasureView): PlanRow[] {
  const rows: PlanRow[] = [];
  const total = groups.reduce((n, g) => n + g.measures.length, 0);
  let position = 0;
  groups.forEach((group, index) => {
    if (group.measures.length === 0) return;
    rows.push({
      kind: 'group',
      key: `group:${index}`,
      group: index,
      heading: group.heading,
      count: group.measures.length,
    });
    for (const part of arrangeMeasures(group.measures, view)) {
      rows.push({
        kind: 'section',
        key: `section:${index}:${part.key}`,
        group: index,
        label: part.key,
        count: part.measures.length,
      });
      for (const measure of part.measures) {
        position += 1;
        rows.push({
          kind: 'measure',
          key: measure.id,
          group: index,
          measure,
          editable: group.editable,
          position,
          total,
        });
      }
    }
  });
  return rows;
}

// Per measure version: the rows are made again on every view switch, the measures stay.
const estimates = new WeakMap<Measure, number>();

/** A first guess at a row's height before it is measured: close guesses keep the scrollbar still. */
export function estimateRowHeight(row: PlanRow | undefined): number {
  if (!row) return 160;
  if (row.kind === 'group') return 56;
  if (row.kind === 'section') return 44;
  const { measure } = row;
  let estimate = estimates.get(measure);
  if (estimate === undefined) {
    const lines = Math.ceil(measure.statusReport.length / 110) || 1;
    const paragraphs = measure.statusReport.split('\n\n').length;
    estimate = 150 + lines * 20 + (paragraphs - 1) * 14 + (measure.title.length > 90 ? 22 : 0);
    estimates.set(measure, estimate);
  }
  return estimate;
}
