// Runs the risky pure work of a hostile-input test off the page, so that a freeze (an endless
// tick loop, a quadratic pass) is ended by the test's watchdog instead of hanging the suite.
import { normalize } from '../../src/model/normalize.js';
import { fromCsv } from '../../src/model/formats/csv.js';
import { SceneDeriver } from '../../src/state/scene.js';
import * as act from '../../src/state/transitions.js';
import { INITIAL_VIEW, isoInstant } from '../../src/state/view-state.js';
import { ENGLISH } from '../../src/strings.js';

const ENV = { width: 1000, locale: 'en-US', rtl: false, texts: ENGLISH, printing: false, font: '13px test', measure: (text: string) => text.length * 7, plotHeight: 600 };

/** Normalizes `input` (CSV text when `csv`), then derives the scene and zooms in and out `zooms` times each, reading every window as ISO text. */
function run({ input, csv = false, zooms = 0 }: { input: unknown; csv?: boolean; zooms?: number }) {
  const data = normalize(csv ? fromCsv(input as string) : input);
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
