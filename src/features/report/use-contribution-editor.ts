import { useMemo } from 'react';
import type { Contribution, Measure } from '../../domain';
import { useCurrentUser, useServices } from '../shared/services';
import type { ReportEditor } from './editor-state';
import { useDraftStore } from './use-draft-store';
import { useReportEditor } from './use-report-editor';

/** A unit's contribution as the editor sees it: its text in the place of a report's. */
export type ContributionItem = Contribution & { statusReport: string; modifiedBy: string };

export function asEditable(contribution: Contribution): ContributionItem {
  return { ...contribution, statusReport: contribution.contribution, modifiedBy: '' };
}

/** Before the unit has written anything: no item yet; the first save creates it. */
export function unwrittenContribution(
  measure: Pick<Measure, 'id' | 'caseNumber'>,
  unit: string,
): ContributionItem {
  return asEditable({
    id: '',
    etag: '',
    measureId: measure.id,
    caseNumber: measure.caseNumber,
    unit,
    status: 'Ikke påbegynt',
    contribution: '',
    reportedBy: '',
    reportedAt: null,
    modifiedAt: null,
  });
}

/** Where a unit's draft of its contribution is kept, apart from the measure's report draft. */
export const contributionDraftKey = (measureId: string, unit: string) =>
  `innspill:${encodeURIComponent(unit)}:${measureId}`;

/**
 * A contributing unit's editor of its own item in the contributions list: the report editor's
 * draft, save state and conflict choice, saving with If-Match (or creating the item the first
 * time), so units never overwrite one another.
 */
export function useContributionEditor(
  measure: Pick<Measure, 'id' | 'title' | 'caseNumber'>,
  unit: string,
  current: Contribution | null,
  onStored: (contribution: Contribution) => void,
): ReportEditor<ContributionItem> {
  const services = useServices();
  const user = useCurrentUser();
  const drafts = useDraftStore();
  const item = useMemo(
    () => (current ? asEditable(current) : unwrittenContribution(measure, unit)),
    [current, measure, unit],
  );
  return useReportEditor(
    useMemo(
      () => ({
        item,
        draftKey: contributionDraftKey(measure.id, unit),
        drafts,
        // PATCH …/items/{id}/fields with If-Match, or POST …/items for the unit's first input
        save: async (etag, values) =>
          asEditable(
            await services.contributions.saveContribution({
              existing: item.id === '' ? null : { id: item.id, etag },
              measure,
              unit,
              update: { status: values.status, contribution: values.statusReport },
              reportedBy: user.displayName,
            }),
          ),
        currentAfterConflict: (error) =>
          Promise.resolve(error.currentContribution ? asEditable(error.currentContribution) : null),
        onStored: (stored) => onStored({ ...stored, contribution: stored.statusReport }),
      }),
      [item, measure, unit, drafts, services.contributions, user.displayName, onStored],
    ),
  );
}
