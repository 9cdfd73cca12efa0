import { expect } from '@open-wc/testing';
import {
  DRAG_THRESHOLD,
  LINE_HEIGHT,
  PINCH_WHEEL_BOOST,
  WHEEL_ZOOM_RATE,
  along,
  dragWindow,
  forward,
  pinchWindow,
  pressMove,
  wheelWindow,
  type Frame,
  type Point,
  type WheelInput,
} from '../../../src/layout/gestures.js';
import { MIN_SPAN, zoomWindow, type TimeWindow, type WindowLimits } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';

const EXTENT: TimeWindow = [utc(2017), utc(2024)];
const START: TimeWindow = [utc(2019), utc(2021)];
const limits: WindowLimits = { extent: EXTENT, minSpan: MIN_SPAN };

/** An 800 × 100 px plot whose left edge is 100 px from the viewport's: client x 100…900. */
const LTR: Frame = { left: 100, right: 900, width: 800, height: 100, rtl: false };
/** The same plot with time running right to left. */
const RTL: Frame = { ...LTR, rtl: true };

/** Windows are a few float operations on ms counts near 1.5·10^12, exact to about 2^-12 ms each. */
const TOLERANCE = 0.01;

const span = (w: TimeWindow) => w[1] - w[0];

const closeTo = (actual: TimeWindow, expected: TimeWindow) => {
  expect(actual[0]).to.be.closeTo(expected[0], TOLERANCE);
  expect(actual[1]).to.be.closeTo(expected[1], TOLERANCE);
};

/** `window` moved by `fraction` of its span (positive = later). */
const shifted = (window: TimeWindow, fraction: number): TimeWindow => [
  window[0] + fraction * span(window),
  window[1] + fraction * span(window),
];

/** The instant `fraction` of the way from the window's start to its end. */
const instant = (window: TimeWindow, fraction: number) => window[0] + fraction * span(window);

/** A pixel-mode wheel over the plot's centre, with no modifier, changed by `init`. */
const wheel = (init: Partial<WheelInput>): WheelInput => ({ deltaX: 0, deltaY: 0, deltaMode: 0, ctrlKey: false, clientX: 500, ...init });

const point = (x: number, y = 50): Point => ({ x, y });

describe('along(frame, clientX)', () => {
  it('along(…) is the fraction from the left edge, left to right', () => {
    expect(along(LTR, 100)).to.equal(0);
    expect(along(LTR, 300)).to.equal(0.25);
    expect(along(LTR, 900)).to.equal(1);
  });

  it('along(…) is the fraction from the right edge, right to left', () => {
    expect(along(RTL, 900)).to.equal(0);
    expect(along(RTL, 300)).to.equal(0.75);
    expect(along(RTL, 100)).to.equal(1);
  });
});

describe('forward(frame, dx)', () => {
  it('forward(…) keeps a rightward move left to right, and mirrors it right to left', () => {
    expect(forward(LTR, 40)).to.equal(40);
    expect(forward(RTL, 40)).to.equal(-40);
    expect(forward(RTL, -40)).to.equal(40);
  });
});

describe('wheelWindow(window, limits, frame, wheel)', () => {
  it('wheelWindow(…) zooms in by 2^0.2 per 100 px notch up, about the instant under the pointer', () => {
    const step = wheelWindow(START, limits, LTR, wheel({ deltaY: -100, clientX: 300 }))!;
    expect(step.pan).to.equal(false);
    expect(span(step.next)).to.be.closeTo(span(START) / 2 ** 0.2, TOLERANCE);
    expect(instant(step.next, 0.25)).to.be.closeTo(instant(START, 0.25), TOLERANCE);
  });

  it('wheelWindow(…) zooms out by 2^(deltaY × WHEEL_ZOOM_RATE) for a wheel down', () => {
    const step = wheelWindow(START, limits, LTR, wheel({ deltaY: 100, clientX: 700 }))!;
    expect(span(step.next)).to.be.closeTo(span(START) * 2 ** (100 * WHEEL_ZOOM_RATE), TOLERANCE);
    expect(instant(step.next, 0.75)).to.be.closeTo(instant(START, 0.75), TOLERANCE);
  });

  it('wheelWindow(…) with ctrl (a trackpad pinch) multiplies the exponent by PINCH_WHEEL_BOOST', () => {
    const step = wheelWindow(START, limits, LTR, wheel({ deltaY: -10, ctrlKey: true }))!;
    expect(step.pan).to.equal(false);
    closeTo(step.next, zoomWindow(START, 2 ** (10 * WHEEL_ZOOM_RATE * PINCH_WHEEL_BOOST), 0.5, limits));
  });

  it('wheelWindow(…) counts LINE_HEIGHT px a line in deltaMode 1', () => {
    const lines = wheelWindow(START, limits, LTR, wheel({ deltaY: -3, deltaMode: 1 }))!;
    const pixels = wheelWindow(START, limits, LTR, wheel({ deltaY: -3 * LINE_HEIGHT }))!;
    expect(LINE_HEIGHT).to.equal(16);
    closeTo(lines.next, pixels.next);
  });

  it('wheelWindow(…) counts the plot’s height a page vertically, its width a page horizontally, in deltaMode 2', () => {
    const zoom = wheelWindow(START, limits, LTR, wheel({ deltaY: -1, deltaMode: 2 }))!;
    closeTo(zoom.next, wheelWindow(START, limits, LTR, wheel({ deltaY: -LTR.height }))!.next);
    const pan = wheelWindow(START, limits, LTR, wheel({ deltaX: 1, deltaMode: 2 }))!;
    expect(pan.pan).to.equal(true);
    closeTo(pan.next, shifted(START, 1));
  });

  it('wheelWindow(…) pans a mostly horizontal wheel by dx / width of the span, later for a positive deltaX', () => {
    const step = wheelWindow(START, limits, LTR, wheel({ deltaX: 80, deltaY: 5 }))!;
    expect(step.pan).to.equal(true);
    closeTo(step.next, shifted(START, 1 / 10));
    closeTo(wheelWindow(START, limits, LTR, wheel({ deltaX: -80 }))!.next, shifted(START, -1 / 10));
  });

  it('wheelWindow(…) zooms when the wheel is as much vertical as horizontal', () => {
    const step = wheelWindow(START, limits, LTR, wheel({ deltaX: 50, deltaY: -50 }))!;
    expect(step.pan).to.equal(false);
    expect(span(step.next)).to.be.closeTo(span(START) / 2 ** (50 * WHEEL_ZOOM_RATE), TOLERANCE);
  });

  it('wheelWindow(…) right to left pans the other way, and zooms about the pointer measured from the right', () => {
    closeTo(wheelWindow(START, limits, RTL, wheel({ deltaX: 80 }))!.next, shifted(START, -1 / 10));
    // Client x 300 is a quarter in from the left edge: three quarters along time, from the right.
    const zoom = wheelWindow(START, limits, RTL, wheel({ deltaY: -100, clientX: 300 }))!;
    expect(instant(zoom.next, 0.75)).to.be.closeTo(instant(START, 0.75), TOLERANCE);
  });

  it('wheelWindow(…) is undefined for a wheel that does not move', () => {
    expect(wheelWindow(START, limits, LTR, wheel({}))).to.equal(undefined);
    expect(wheelWindow(START, limits, LTR, wheel({ deltaMode: 1, ctrlKey: true }))).to.equal(undefined);
  });

  it('wheelWindow(…) stays within the limits: the extent zooming out, MIN_SPAN zooming in, the edge panning', () => {
    expect(wheelWindow(START, limits, LTR, wheel({ deltaY: 5000 }))!.next).to.deep.equal(EXTENT);
    expect(span(wheelWindow(START, limits, LTR, wheel({ deltaY: -50_000 }))!.next)).to.be.closeTo(MIN_SPAN, TOLERANCE);
    const atStart: TimeWindow = [EXTENT[0], EXTENT[0] + span(START)];
    expect(wheelWindow(atStart, limits, LTR, wheel({ deltaX: -80 }))!.next).to.deep.equal(atStart);
  });
});

describe('dragWindow(startWindow, limits, frame, x0, x)', () => {
  it('dragWindow(…) by +100 px on 800 px moves the window 1/8 of its span earlier: the content follows the pointer', () => {
    closeTo(dragWindow(START, limits, LTR, 300, 400), shifted(START, -1 / 8));
    closeTo(dragWindow(START, limits, LTR, 400, 300), shifted(START, 1 / 8));
  });

  it('dragWindow(…) right to left moves the window later for a drag to the right', () => {
    closeTo(dragWindow(START, limits, RTL, 300, 400), shifted(START, 1 / 8));
  });

  it('dragWindow(…) leaves the window where it was while the pointer is back where it grabbed', () => {
    expect(dragWindow(START, limits, LTR, 300, 300)).to.deep.equal(START);
  });

  it('dragWindow(…) stops at the extent’s edge, keeping the span', () => {
    const late: TimeWindow = [utc(2022), utc(2023, 6)];
    const next = dragWindow(late, limits, LTR, 700, 200);
    expect(next[1]).to.equal(EXTENT[1]);
    expect(span(next)).to.be.closeTo(span(late), TOLERANCE);
  });
});

describe('pinchWindow(startWindow, limits, frame, start, now)', () => {
  it('pinchWindow(…) with fingers twice as far apart halves the span around their midpoint', () => {
    // Midpoint client x 400 both times: 300 px into the plot, 3/8 of the way along.
    const next = pinchWindow(START, limits, LTR, [point(300), point(500)], [point(200), point(600)]);
    closeTo(next, zoomWindow(START, 2, 3 / 8, limits));
    expect(span(next)).to.be.closeTo(span(START) / 2, TOLERANCE);
    expect(instant(next, 3 / 8)).to.be.closeTo(instant(START, 3 / 8), TOLERANCE);
  });

  it('pinchWindow(…) keeps the instant under the first midpoint under the moved midpoint', () => {
    // Midpoint 250 → 400 client px (3/16 → 3/8 along), distance 100 → 200 px.
    const next = pinchWindow(START, limits, LTR, [point(200), point(300)], [point(300), point(500)]);
    expect(span(next)).to.be.closeTo(span(START) / 2, TOLERANCE);
    expect(instant(next, 3 / 8)).to.be.closeTo(instant(START, 3 / 16), TOLERANCE);
  });

  it('pinchWindow(…) measures the fingers’ distance in both directions', () => {
    const next = pinchWindow(START, limits, LTR, [point(500, 30), point(500, 60)], [point(500, 0), point(500, 60)]);
    closeTo(next, zoomWindow(START, 2, 0.5, limits));
  });

  it('pinchWindow(…) pans only, by the midpoint’s move, when the fingers are on one spot', () => {
    closeTo(pinchWindow(START, limits, LTR, [point(400), point(400)], [point(480), point(480)]), shifted(START, -1 / 10));
    // Within 1 px now, though far apart at the start: still no zoom.
    closeTo(pinchWindow(START, limits, LTR, [point(300), point(500)], [point(479.75), point(480.25)]), shifted(START, -1 / 10));
  });

  it('pinchWindow(…) right to left anchors from the right edge and pans the other way', () => {
    // Midpoint client x 300 (3/4 along, from the right) → 380; distance 100 → 200 px. Moving right is moving earlier
    // in time, so the content following the fingers shows later times.
    const next = pinchWindow(START, limits, RTL, [point(250), point(350)], [point(280), point(480)]);
    const zoomed = zoomWindow(START, 2, 3 / 4, limits);
    closeTo(next, shifted(zoomed, 1 / 10));
  });

  it('pinchWindow(…) stays within the limits: no narrower than MIN_SPAN, no wider than the extent', () => {
    const apart = pinchWindow(START, limits, LTR, [point(499), point(501)], [point(100), point(900)]);
    expect(span(pinchWindow(apart, limits, LTR, [point(499), point(501)], [point(100), point(900)]))).to.be.closeTo(
      MIN_SPAN,
      TOLERANCE,
    );
    expect(pinchWindow(START, limits, LTR, [point(100), point(900)], [point(499), point(501)])).to.deep.equal(EXTENT);
  });
});

describe('pressMove(dx, dy, touch)', () => {
  it(`pressMove(…) is still a press under DRAG_THRESHOLD (${DRAG_THRESHOLD} px), a drag from it on`, () => {
    expect(pressMove(2, 1, false)).to.equal('press');
    expect(pressMove(DRAG_THRESHOLD - 0.1, 0, true)).to.equal('press');
    expect(pressMove(DRAG_THRESHOLD, 0, false)).to.equal('drag');
    expect(pressMove(-3, 3, false)).to.equal('drag');
  });

  it('pressMove(…) leaves a touch moving mostly up or down to the page, but a mouse or pen drags', () => {
    expect(pressMove(3, 30, true)).to.equal('scroll');
    expect(pressMove(30, 3, true)).to.equal('drag');
    expect(pressMove(3, 30, false)).to.equal('drag');
  });
});
