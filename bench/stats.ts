export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** "12.3 ms (11.8–14.0)": the median and the range of the runs. */
export function medianAndRange(values: readonly number[]): string {
  const digits = (value: number) => value.toFixed(1);
  return `${ms(median(values))} (${digits(Math.min(...values))}–${digits(Math.max(...values))})`;
}

/** How many times longer `ours` took than `theirs`, by medians: "1.07x". */
export function ratio(ours: readonly number[], theirs: readonly number[]): string {
  return `${(median(ours) / median(theirs)).toFixed(2)}x`;
}
