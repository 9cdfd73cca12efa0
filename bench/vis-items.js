// Turns our input events into vis-timeline items on the same instants our element draws them at.
// vis parses strings with its own rules, so it is handed Date objects computed here instead.

const DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first instant an ISO date means and the first instant after its unit ("2018-12" → 1 Dec
 * 2018 and 1 Jan 2019, UTC); a date-time is its own instant.
 * @param {string} text
 * @returns {[number, number]}
 */
export function unitOf(text) {
  const match = DATE.exec(text);
  if (!match) {
    const time = Date.parse(text);
    return [time, time];
  }
  const [year, month, day] = [Number(match[1]), match[2] && Number(match[2]) - 1, match[3] && Number(match[3])];
  const start = new Date(0);
  const end = new Date(0);
  if (day) {
    start.setUTCFullYear(year, month, day);
    end.setUTCFullYear(year, month, day + 1);
  } else if (match[2]) {
    start.setUTCFullYear(year, month, 1);
    end.setUTCFullYear(year, month + 1, 1);
  } else {
    start.setUTCFullYear(year, 0, 1);
    end.setUTCFullYear(year + 1, 0, 1);
  }
  return [start.getTime(), end.getTime()];
}

/**
 * vis-timeline items for our events: a day or a date-time is a point (vis's "box"), a month, a
 * year or a span is a range over the same extent our element draws (its band or bar). An event's
 * `group` becomes the item's group (the id of a vis group of the same name).
 * @param {readonly { id: string, start: string, end?: string, title: string, group?: string }[]} events
 */
export function toVisItems(events) {
  return events.map(({ id, start, end, title, group }) => {
    const [lo, unitEnd] = unitOf(start);
    const hi = end ? unitOf(end)[1] : unitEnd;
    const point = !end && (hi - lo <= 86_400_000);
    const item = point ? { id, content: title, start: new Date(lo) } : { id, content: title, start: new Date(lo), end: new Date(hi) };
    return group === undefined ? item : { ...item, group };
  });
}
