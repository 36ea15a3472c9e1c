import type { Measure, NewMeasure } from '../../domain';
import type { BatchFailure } from '../../graph/create-measures-batch';

/** The two calls an import needs: what the plan has, and creating in batches. */
export type ImportPorts = {
  listMeasures(options: { caseNumber: string }): Promise<Measure[]>;
  createMeasures(
    measures: readonly NewMeasure[],
  ): Promise<{ created: { index: number; measure: Measure }[]; failed: BatchFailure[] }>;
};

export type ImportOutcome = {
  created: Measure[];
  /** Rows the plan already had (an earlier run of the same import): not created again. */
  skipped: NewMeasure[];
  failed: BatchFailure[];
};

/** A measure's identity inside a plan: its wording, whitespace and case aside. */
export function importKey(measure: { title: string; description?: string }): string {
  const text = measure.description?.trim() ? measure.description : measure.title;
  return text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('nb');
}

/**
 * Creates the rows the plan does not have yet. Reading the plan first is what makes a rerun
 * safe: after a partial failure the caseworker imports again and only the failed rows are sent.
 */
export async function importMeasures(
  ports: ImportPorts,
  caseNumber: string,
  rows: readonly NewMeasure[],
): Promise<ImportOutcome> {
  const existing = new Set((await ports.listMeasures({ caseNumber })).map((m) => importKey(m)));
  const skipped: NewMeasure[] = [];
  const toCreate: NewMeasure[] = [];
  for (const row of rows) {
    const key = importKey({ title: row.title, description: row.description ?? '' });
    if (existing.has(key)) skipped.push(row);
    else {
      existing.add(key);
      toCreate.push(row);
    }
  }
  if (toCreate.length === 0) return { created: [], skipped, failed: [] };
  const { created, failed } = await ports.createMeasures(toCreate);
  return { created: created.map((c) => c.measure), skipped, failed };
}
