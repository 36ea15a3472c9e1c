import type { Status } from './status';

/** One unit's input on a measure it contributes to: one item of the contributions list. */
export type Contribution = {
  /** The contributions list item id. */
  id: string;
  etag: string;
  /** The measure's item id in the measures list. */
  measureId: string;
  caseNumber: string;
  unit: string;
  status: Status;
  contribution: string;
  reportedBy: string;
  /** ISO 8601 instant, or null before the unit has written anything. */
  reportedAt: string | null;
  modifiedAt: string | null;
};

/** What a contributing unit changes. */
export type ContributionUpdate = Pick<Contribution, 'status' | 'contribution'>;
