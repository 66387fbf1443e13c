// Partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD') compared as the day ranges they cover.

function firstDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** True when a meeting dated `date` overlaps the window; an open bound is no bound, an undated meeting stays. */
export function inWindow(date: string | null | undefined, from: string, to: string): boolean {
  if (!date) return true;
  if (from && lastDay(date) < firstDay(from)) return false;
  if (to && firstDay(date) > lastDay(to)) return false;
  return true;
}
