/** Graph's timestamps: UTC, whole seconds, `Z` (e.g. `2012-12-03T09:12:00Z`). */
export function graphTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
