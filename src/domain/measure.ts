import type { ReviewState, Status } from './status';

/** One follow-up measure ("tiltak"): one item of the SharePoint list. */
export type Measure = {
  /** The list item id. */
  id: string;
  /** The item's eTag, opaque; sent back as If-Match on every write. */
  etag: string;
  title: string;
  description: string;
  /** Groups the measures of one plan, e.g. `11/10298`. */
  caseNumber: string;
  /** The memo section, e.g. `Departementets oppfølging`. */
  section: string;
  sortOrder: number;
  responsibleUnit: string;
  /** Other units asked for input; each writes its own contribution item. */
  contributingUnits: string[];
  /** Calendar date `yyyy-mm-dd`, or null when the plan set none. */
  deadline: string | null;
  /** A moved deadline (`yyyy-mm-dd`), or null; overdue counts from it. */
  revisedDeadline: string | null;
  /** Why the deadline moved. */
  deadlineChangeReason: string;
  status: Status;
  statusReport: string;
  reportedBy: string;
  /** ISO 8601 instant, or null when never reported. */
  reportedAt: string | null;
  reviewState: ReviewState;
  reviewComment: string;
  reviewedBy: string;
  /** ISO 8601 instant of the last review, or null. */
  reviewedAt: string | null;
  /** When the item was created: the plan's date for items seeded from a plan. */
  createdAt: string | null;
  modifiedAt: string | null;
  modifiedBy: string;
  webUrl: string;
};

/** What a unit changes when it reports. */
export type StatusUpdate = {
  status: Status;
  statusReport: string;
};

/** The fields a write may carry (the subset of Measure the list stores and users edit). */
export type MeasurePatch = Partial<
  Pick<
    Measure,
    | 'title'
    | 'description'
    | 'caseNumber'
    | 'section'
    | 'sortOrder'
    | 'responsibleUnit'
    | 'contributingUnits'
    | 'deadline'
    | 'revisedDeadline'
    | 'deadlineChangeReason'
    | 'status'
    | 'statusReport'
    | 'reportedBy'
    | 'reportedAt'
    | 'reviewState'
    | 'reviewComment'
    | 'reviewedBy'
    | 'reviewedAt'
  >
>;

/** A new item: everything but what SharePoint assigns. */
export type NewMeasure = Required<Pick<MeasurePatch, 'title' | 'caseNumber' | 'section'>> &
  MeasurePatch;

/** One saved version of an item (its history). */
export type MeasureVersion = {
  id: string;
  modifiedAt: string;
  modifiedBy: string;
  status: Status | null;
  statusReport: string | null;
  reportedBy: string | null;
};
