// ISO dates ('YYYY-MM-DD', as they cross google.script.run) as day numbers and Sheets date serials.

const DAY_MS = 86_400_000;
/** Days from 1899-12-30 (Sheets serial 0) to 1970-01-01. */
const SHEETS_EPOCH_OFFSET = 25569;

/** Years a plan accepts; outside them a date is most likely a typo. */
export const ISO_YEARS = { min: 2000, max: 2099 } as const;

/** Days since 1970-01-01 for a valid 'YYYY-MM-DD' within ISO_YEARS, else undefined. */
export function parseIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < ISO_YEARS.min || y > ISO_YEARS.max) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return undefined;
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' for a day number from parseIsoDate. */
export function formatIsoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Sheets date serial of a 'YYYY-MM-DD' (days since 1899-12-30); throws for an invalid date. */
export function dateSerial(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new Error(`bad date ${iso}`);
  return day + SHEETS_EPOCH_OFFSET;
}
