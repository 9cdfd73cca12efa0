import { normalize } from '../../src/model/normalize.js';
import { ENGLISH } from '../../src/strings.js';
import type { TimelineEvent } from '../../src/model/types.js';
import { SceneDeriver, type Environment, type LayoutChoice, type Scene, type SceneInput } from '../../src/state/scene.js';
import { INITIAL_VIEW, type ViewState } from '../../src/state/view-state.js';

/** Seven pixels a letter: label widths tests can reason about. */
export const measure = (text: string): number => text.length * 7;

/** A wide English page, not printing, labels 7 px a letter. */
export const ENVIRONMENT: Environment = { width: 1000, locale: 'en-US', rtl: false, texts: ENGLISH, printing: false, font: '13px test', measure, plotHeight: 600 };

/** What a scene is made from, with defaults: the events given, no categories or strings, a horizontal layout. */
export interface SceneOptions {
  view?: Partial<ViewState>;
  env?: Partial<Environment>;
  layout?: LayoutChoice;
  /** Whether the overview strip is wanted (default: yes). */
  overview?: boolean;
  /** What makes the lanes and their order (default: the page's default, empty). */
  lanes?: string;
  laneOrder?: string;
}

/** What the deriver is given for `input` (events, or a data object with a title), the options over the defaults. */
export function sceneInputOf(input: readonly TimelineEvent[] | { title: string; events: readonly TimelineEvent[] }, options: SceneOptions = {}): SceneInput {
  return {
    data: normalize(input),
    categories: {},
    strings: {},
    layout: options.layout ?? 'horizontal',
    overview: options.overview ?? true,
    headingLevel: 2,
    lanes: options.lanes ?? '',
    laneOrder: options.laneOrder ?? '',
    view: { ...INITIAL_VIEW, ...options.view },
    env: { ...ENVIRONMENT, ...options.env },
  };
}

/** A scene of `events` (normalized) derived without an element: the view state and environment given over the defaults. */
export function sceneOf(events: readonly TimelineEvent[], options: SceneOptions = {}, deriver = new SceneDeriver()): Scene {
  return deriver.derive(sceneInputOf(events, options));
}
