/**
 * TimelineJS 2 JSON, as that version published it:
 *
 * ```json
 * { "timeline": { "headline": "…", "type": "default", "text": "<p>…</p>", "asset": { "media", "credit", "caption" },
 *     "date": [{ "startDate": "2011,3,23", "endDate": "2011,4,2", "headline": "…", "text": "…", "tag": "…",
 *                "asset": { "media": "…", "thumbnail": "…", "credit": "…", "caption": "…" } }],
 *     "era": [{ "startDate": "2011,1,1", "endDate": "2011,6,30", "headline": "…", "tag": "…" }] } }
 * ```
 *
 * It becomes the TimelineJS3 form, which `fromTimelineJs` reads: loaded on demand, by `src` only.
 */

type Raw = Record<string, unknown>;

/** TimelineJS 2 JSON as the TimelineJS3 JSON it stands for. */
export function fromTimelineJs2(input: object): Raw {
  const timeline = (input as { timeline: Raw }).timeline;
  return {
    // Always a title slide, so the result is read as TimelineJS even when no slide has a date.
    title: { text: { headline: timeline.headline ?? '', text: timeline.text ?? '' } },
    events: list(timeline.date).map((slide) => (isObject(slide) ? fromSlide(slide) : slide)),
    eras: list(timeline.era).map((era) => (isObject(era) ? fromSlide(era) : era)),
  };
}

function fromSlide(slide: Raw): Raw {
  const asset = isObject(slide.asset) ? slide.asset : {};
  const out: Raw = { start_date: dateOf(slide.startDate), text: { headline: slide.headline, text: slide.text } };
  if (slide.endDate !== undefined && slide.endDate !== '') out.end_date = dateOf(slide.endDate);
  if (slide.tag !== undefined) out.group = slide.tag;
  if (asset.media) out.media = { url: asset.media, caption: asset.caption, credit: asset.credit, thumbnail: asset.thumbnail };
  return out;
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/**
 * A TimelineJS 2 date (also an old spreadsheet's "Start Date") as a TimelineJS3 date object, at the
 * precision written: "2011,3,23[,h,m,s]" (a 0 or empty month or day ends the date there),
 * "3/23/2011 10:30 PM" and "3/2011" (American order, as TimelineJS read them), "2011-03-23", or a
 * year alone ("2011", "-500"). Anything else, such as "now" (a date from the reader's clock would
 * be invented), is passed on as written for the normalizer to report as not a date.
 */
export function dateOf(value: unknown): Raw | undefined {
  if (typeof value === 'number') return { year: value };
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  let numbers: Array<string | undefined> | undefined;
  if (text.includes(',')) {
    const [year, month, day, ...time] = text.split(',').map((part) => part.trim());
    // As TimelineJS 2 did: a month or day of 0 (or none) ends the date there.
    numbers = Number(month) ? (Number(day) ? [year, month, day, ...time] : [year, month]) : [year];
  } else {
    const slashes = /^(\d{1,2})\/(?:(\d{1,2})\/)?(-?\d+)(?:\s+(.+))?$/.exec(text);
    const iso = /^([-+]?\d{1,6})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    const time = slashes?.[4] === undefined ? {} : timeOf(slashes[4]);
    if (slashes && time) numbers = [slashes[3], slashes[1], slashes[2], time.hour, time.minute, time.second, time.millisecond];
    else if (iso) numbers = iso.slice(1);
  }
  if (!numbers?.every((part) => part === undefined || part === '' || /^[-+]?\d+$/.test(part))) return { year: text };
  const date: Raw = {};
  PARTS.forEach((key, i) => {
    if (numbers![i] !== undefined && numbers![i] !== '') date[key] = numbers![i];
  });
  return date;
}

/** "10:30", "10:30:15", "10:30:15.25", "1030", "10.30", "10 PM", "10:30 p.m." */
const TIME = /^(\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2})(?:[.,](\d{1,3}))?)?\s*(?:([ap])\.?\s?m\.?)?$/i;

/** A time of day as TimelineJS spreadsheets take it, as date parts; undefined when it is not one. */
export function timeOf(text: string): Partial<Record<'hour' | 'minute' | 'second' | 'millisecond', string>> | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [, hourText, minute, second, fraction, period] = match;
  let hour = Number(hourText);
  if (period && hour > 12) return undefined;
  if (period?.toLowerCase() === 'p' && hour !== 12) hour += 12;
  else if (period?.toLowerCase() === 'a' && hour === 12) hour = 0;
  if (hour > 23 || Number(minute ?? 0) > 59 || Number(second ?? 0) > 59) return undefined;
  const time: Partial<Record<'hour' | 'minute' | 'second' | 'millisecond', string>> = { hour: String(hour) };
  if (minute) time.minute = minute;
  if (second) time.second = second;
  if (fraction) time.millisecond = fraction.padEnd(3, '0');
  return time;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Raw {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
