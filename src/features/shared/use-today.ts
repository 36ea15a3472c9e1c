import { useMemo } from 'react';
import { toCalendarDate } from '../../domain';

/** Today, as one object per day: what compares it by identity re-renders only when the day changes. */
export function useToday(): Date {
  const day = toCalendarDate(new Date());
  return useMemo(() => new Date(`${day}T12:00:00`), [day]);
}
