// The choices of the list's Status and ReviewState columns, exactly as SharePoint stores them
// (DESIGN.md, "The SharePoint list"). Order is the order a user meets them in.
export const STATUSES = [
  'Ikke påbegynt',
  'Pågår',
  'Gjennomført',
  'Ikke gjennomført',
  'Ikke aktuelt',
] as const;
export type Status = (typeof STATUSES)[number];

export const REVIEW_STATES = ['Ikke vurdert', 'Godkjent', 'Returnert'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Statuses that end a measure: it can no longer be overdue. */
export const CLOSED_STATUSES: readonly Status[] = ['Gjennomført', 'Ikke aktuelt'];

export function isStatus(value: unknown): value is Status {
  // Stryker disable next-line ConditionalExpression: equivalent because includes() finds no non-string anyway
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isReviewState(value: unknown): value is ReviewState {
  // Stryker disable next-line ConditionalExpression: equivalent because includes() finds no non-string anyway
  return typeof value === 'string' && (REVIEW_STATES as readonly string[]).includes(value);
}
