import { parseDate } from './dates.js';
import { lastInstant } from './edtf.js';
import { isBlank } from './fields.js';
import type { EventTime, NormalizedEvent, ParsedDate } from './types.js';

type Fail = (field: string, message: string) => void;

/** `end: ".."`: the event runs on (EDTF's open end). */
const OPEN = '..';

/**
 * The event's time from its `start` and `end` fields: its two sides (a `start` written as an
 * interval gives both), and its extent over the sides that have dates. An unknown side is
 * drawn at the known one (its start and end are that side's bound); an open side is settled by
 * `settleOpenSides` once every event is read. Each problem is reported through `fail`.
 */
export function readWhen(rawStart: unknown, rawEnd: unknown, fail: Fail): { written: ParsedDate; when: EventTime } | undefined {
  const written = readDate(rawStart, 'start', fail);
  const open = typeof rawEnd === 'string' && rawEnd.trim() === OPEN;
  const end = isBlank(rawEnd) ? undefined : open ? OPEN : readDate(rawEnd, 'end', fail);
  if (!written || (!end && !isBlank(rawEnd))) return undefined;
  if (typeof end === 'object' && end.from) return void fail('end', `end: '${end.text}' is an interval; write the interval in start, or one date here`);
  if (written.from && end) return void fail('end', `end: start '${written.text}' is already an interval`);
  const start = written.from ?? written;
  const last = written.to ?? (end === OPEN ? { text: OPEN, precision: start.precision, start: NaN, end: NaN, undated: 'open' as const } : end);
  if (!last) return { written, when: { start, lo: start.start, hi: start.end } };
  if (!start.undated && !last.undated && lastInstant(last) < start.start) return void fail('end', `end (${last.text}) is before start (${start.text})`);
  // The instants the dated sides cover; an unknown side stands at the edge of the known one.
  const lo = start.undated ? last.start : start.start;
  const hi = last.undated ? start.end : start.undated ? last.end : Math.max(start.end, last.end);
  return {
    written,
    when: { start: start.undated ? { ...start, start: lo, end: lo } : start, end: last.undated ? { ...last, start: hi, end: hi } : last, lo, hi },
  };
}

function readDate(value: unknown, field: string, fail: Fail): ParsedDate | undefined {
  if (isBlank(value)) return void fail(field, `${field} is missing`);
  const parsed = parseDate(value);
  if (!('error' in parsed)) return parsed;
  fail(field, `${field}: ${parsed.error}`);
  return undefined;
}

/**
 * Open sides run to the edge of the data: an open start from the earliest instant any event
 * covers, an open end to the latest. Replaces the `when` of the events with an open side.
 */
export function settleOpenSides(events: NormalizedEvent[]): void {
  let lo = Infinity;
  let hi = -Infinity;
  let open = false;
  for (const { when } of events) {
    lo = Math.min(lo, when.lo);
    hi = Math.max(hi, when.hi);
    open ||= when.start.undated === 'open' || when.end?.undated === 'open';
  }
  if (!open) return;
  for (const event of events) {
    const { start, end } = event.when;
    const openStart = start.undated === 'open';
    const openEnd = end?.undated === 'open';
    if (!openStart && !openEnd) continue;
    (event as { when: EventTime }).when = {
      start: openStart ? { ...start, start: lo, end: lo } : start,
      end: openEnd ? { ...end, start: hi, end: hi } : end,
      lo: openStart ? lo : event.when.lo,
      hi: openEnd ? hi : event.when.hi,
    };
  }
}

/** Time order: the earliest instant first (an open start before any date), then the earliest end, then input order. */
export function byTime(a: NormalizedEvent, b: NormalizedEvent): number {
  const openFirst = +(b.when.start.undated === 'open') - +(a.when.start.undated === 'open');
  return a.when.lo - b.when.lo || openFirst || a.when.hi - b.when.hi || a.index - b.index;
}
