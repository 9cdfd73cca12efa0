// Runs the risky pure work of a hostile-input test off the page, so that a freeze (an endless
// tick loop, a quadratic pass) is ended by the test's watchdog instead of hanging the suite.
import { normalize } from '../../src/model/normalize.js';
import { fromCsv } from '../../src/model/formats/csv.js';
import { fromFollowTheMoney } from '../../src/model/formats/ftm.js';
import { fromTimelineJsSheet } from '../../src/model/formats/timelinejs-sheet.js';
import type { Reader } from './bounded.js';
import { SceneDeriver } from '../../src/state/scene.js';
import * as act from '../../src/state/transitions.js';
import { INITIAL_VIEW, isoInstant } from '../../src/state/view-state.js';
import { ENGLISH } from '../../src/strings.js';

const ENV = { width: 1000, locale: 'en-US', rtl: false, texts: ENGLISH, printing: false, font: '13px test', measure: (text: string) => text.length * 7, plotHeight: 600 };

/** How each reader turns the task's text into input for `normalize()`. */
const READERS: Record<Reader, (text: string) => unknown> = {
  csv: fromCsv,
  ftm: fromFollowTheMoney,
  sheet: fromTimelineJsSheet,
};

/** Normalizes `input` (read by `reader` first, or as CSV text when `csv`), then derives the scene and zooms in and out `zooms` times each, reading every window as ISO text. */
function run({ input, csv = false, reader = csv ? 'csv' : undefined, zooms = 0 }: { input: unknown; csv?: boolean; reader?: Reader; zooms?: number }) {
  const data = normalize(reader ? READERS[reader](input as string) : input);
  const deriver = new SceneDeriver();
  const derive = (view = INITIAL_VIEW) => deriver.derive({ data, categories: {}, strings: {}, layout: 'horizontal', overview: true, headingLevel: 2, lanes: '', laneOrder: '', view, env: ENV });
  let scene = derive();
  const windows: string[] = [];
  for (const factor of [...Array<number>(zooms).fill(2), ...Array<number>(2 * zooms).fill(0.5)]) {
    scene = derive(act.zoomBy(scene.view, scene, factor));
    if (scene.window) windows.push(`${isoInstant(scene.window[0])}/${isoInstant(scene.window[1])}`);
  }
  return {
    events: data.events.length,
    ids: data.events.slice(0, 5).map((event) => event.id),
    problems: data.problems.length,
    messages: data.problems.slice(0, 5).map((problem) => problem.message),
    first: data.events[0] && {
      title: data.events[0].title,
      summaryLength: data.events[0].summary?.length ?? 0,
      tags: data.events[0].tags.length,
      sources: data.events[0].sources.length,
      dates: data.events[0].dates?.length ?? 0,
    },
    ticks: scene.plot ? scene.plot.ticks.length : 0,
    windows,
  };
}

self.onmessage = (message: MessageEvent) => {
  try {
    self.postMessage({ result: run(message.data) });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
