import { dateTimeFormat } from './intl-formats';

/** Formats an ISO date as precise as it is: "2026", "February 2026", "13 February 2026". */
export function formatPartialDate(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year) return iso;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return dateTimeFormat(language, options).format(date);
}
