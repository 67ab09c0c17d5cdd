// Conversion between spreadsheet date serials (days since 1899-12-30, wall clock) and JS Dates in a time zone.

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the Sheets epoch. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Wall-clock fields of `date` in `timeZone` (24-hour, zero-padded, weekday short English name). */
export function zonedParts(date: Date, timeZone: string): (type: Intl.DateTimeFormatPartTypes) => string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    weekday: 'short',
  }).formatToParts(date);
  return (type) => parts.find((p) => p.type === type)?.value ?? '';
}

/** Offset (ms) of `timeZone` from UTC at instant `utcMs`. */
function zoneOffset(utcMs: number, timeZone: string): number {
  const part = zonedParts(new Date(utcMs), timeZone);
  const get = (t: Intl.DateTimeFormatPartTypes): number => Number(part(t) || 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * A serial read as wall-clock time in the spreadsheet's time zone, as Apps Script does for
 * date-formatted cells (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  const first = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(first, timeZone));
}

export function dateToSerial(date: Date, timeZone: string): number {
  const ms = date.getTime();
  return (ms + zoneOffset(ms, timeZone)) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}
