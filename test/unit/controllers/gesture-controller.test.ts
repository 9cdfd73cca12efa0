import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { GestureController } from '../../../src/controllers/gesture-controller.js';
import { DRAG_THRESHOLD, PINCH_WHEEL_BOOST, WHEEL_LATCH_MS, WHEEL_ZOOM_RATE } from '../../../src/layout/gestures.js';
import { MIN_SPAN, zoomWindow, type TimeWindow, type WindowLimits } from '../../../src/layout/window.js';
import { utc } from '../../../src/model/dates.js';
import type { Scene } from '../../../src/state/scene.js';
import { INITIAL_VIEW } from '../../../src/state/view-state.js';

const EXTENT: TimeWindow = [utc(2017), utc(2024)];
const START: TimeWindow = [utc(2019), utc(2021)];

/**
 * A minimal host: an 800 × 100 px plot with one button in it, a window it keeps and hands to a
 * GestureController, and a record of every setWindow call and button click. Its plot is
 * re-created when `plotKey` changes, as a re-render may replace the real element's plot.
 */
class GestureTestHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 800px;
    }
    .plot {
      position: relative;
      width: 800px;
      height: 100px;
      touch-action: pan-y;
      user-select: none;
    }
    button {
      position: absolute;
      left: 100px;
      top: 30px;
      width: 80px;
      height: 40px;
    }
  `;

  window: TimeWindow | undefined = START;
  limits: WindowLimits = { extent: EXTENT, minSpan: MIN_SPAN };
  calls: TimeWindow[] = [];
  /** Clicks on the button, and clicks that reached the plot (from the button or its own area). */
  clicks = 0;
  plotClicks = 0;
  plotKey = 0;
  /** What the host names as the element to listen on; tests swap it to detach or redirect the controller. */
  target: () => HTMLElement | undefined = () => this.plot;
  readonly gestures = new GestureController(this, {
    target: () => this.target(),
    // A scene of just what gestures read: the window, its limits, the layout and the direction.
    current: () => ({
      view: { ...INITIAL_VIEW, window: this.window },
      scene: { window: this.window, limits: this.limits, vertical: false, env: { rtl: false } } as unknown as Scene,
    }),
    commit: (next) => {
      this.calls.push(next.window!);
      this.window = next.window;
      this.requestUpdate();
    },
  });

  get plot(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.plot')!;
  }

  /** Renders again and waits for it: the controller reads `target()` after every render. */
  async rerender(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
  }

  override render() {
    return keyed(
      this.plotKey,
      html`<div class="plot" @click=${() => this.plotClicks++}>
        <button @click=${() => this.clicks++}>An event</button>
      </div>`,
    );
  }
}
customElements.define('gesture-controller-test-host', GestureTestHost);

async function host(window: TimeWindow = START): Promise<GestureTestHost> {
  const el = await fixture<GestureTestHost>(html`<gesture-controller-test-host .window=${window}></gesture-controller-test-host>`);
  await el.updateComplete;
  return el;
}

const span = (w: TimeWindow) => w[1] - w[0];

/**
 * Expected and actual windows are a few float operations on ms counts near 1.5·10^12, exact to
 * about 2^-12 ms each; 1 ms is far below a pixel (at the narrowest, 1 h over 800 px, 4.5 s).
 */
const MS = 1;

/** The instant at `x` (client px) in `window` drawn over the plot. */
function instantAt(el: GestureTestHost, window: TimeWindow, x: number): number {
  const { left, width } = el.plot.getBoundingClientRect();
  return window[0] + ((x - left) / width) * span(window);
}

/** Dispatches a cancelable wheel event over the plot, `x` px from its left edge; returns it. */
function wheel(el: GestureTestHost, x: number, init: WheelEventInit): WheelEvent {
  const rect = el.plot.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    clientX: rect.left + x,
    clientY: rect.top + 50,
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  el.plot.dispatchEvent(event);
  return event;
}

/** One finger swipes 80 px to the left, a little downward: a tenth of the 800 px plot. */
function swipeLeft(el: GestureTestHost): void {
  touch(el, 'pointerdown', 1, 500);
  touch(el, 'pointermove', 1, 420, 52);
  touch(el, 'pointerup', 1, 420, 52);
}

/** Dispatches a synthetic touch pointer event at plot-relative (x, y). */
function touch(el: GestureTestHost, type: string, pointerId: number, x: number, y = 50): void {
  const rect = el.plot.getBoundingClientRect();
  el.plot.dispatchEvent(
    new PointerEvent(type, {
      pointerId,
      pointerType: 'touch',
      isPrimary: pointerId === 1,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      clientX: rect.left + x,
      clientY: rect.top + y,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}

/** Client coordinates (rounded, as the runner's mouse takes them) of a plot-relative point. */
function clientOf(el: GestureTestHost, x: number, y: number): [number, number] {
  const rect = el.plot.getBoundingClientRect();
  return [Math.round(rect.left + x), Math.round(rect.top + y)];
}

/** A real mouse drag (trusted events through the runner) from one plot-relative point to another. */
async function drag(el: GestureTestHost, from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: clientOf(el, ...from) });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: clientOf(el, ...to) });
  await sendMouse({ type: 'up' });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('GestureController', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('wheel', () => {
    it('wheel up at the left quarter zooms in, keeping the instant under the pointer fixed', async () => {
      const el = await host();
      const event = wheel(el, 200, { deltaY: -100 });
      expect(el.calls).to.have.length(1);
      const after = el.window!;
      expect(span(after)).to.be.closeTo(span(START) / 2 ** (100 * WHEEL_ZOOM_RATE), MS);
      expect(instantAt(el, after, event.clientX)).to.be.closeTo(instantAt(el, START, event.clientX), MS);
      expect(event.defaultPrevented).to.equal(true);
    });

    it('wheel down zooms out around the pointer, and stops at the extent', async () => {
      const el = await host();
      const first = wheel(el, 600, { deltaY: 100 });
      expect(span(el.window!)).to.be.closeTo(span(START) * 2 ** (100 * WHEEL_ZOOM_RATE), MS);
      expect(instantAt(el, el.window!, first.clientX)).to.be.closeTo(instantAt(el, START, first.clientX), MS);
      for (let i = 0; i < 40; i++) wheel(el, 600, { deltaY: 100 });
      expect(el.window).to.deep.equal(EXTENT);
      // Once at the extent, further wheels ask for nothing.
      const calls = el.calls.length;
      wheel(el, 600, { deltaY: 100 });
      expect(el.calls).to.have.length(calls);
    });

    it('wheel in lines (deltaMode 1) counts 16 px a line', async () => {
      const lines = await host();
      wheel(lines, 400, { deltaY: -3, deltaMode: WheelEvent.DOM_DELTA_LINE });
      const pixels = await host();
      wheel(pixels, 400, { deltaY: -48 });
      expect(lines.window![0]).to.be.closeTo(pixels.window![0], MS);
      expect(lines.window![1]).to.be.closeTo(pixels.window![1], MS);
    });

    it('ctrl+wheel (a trackpad pinch) zooms PINCH_WHEEL_BOOST times faster', async () => {
      const el = await host();
      wheel(el, 400, { deltaY: -10, ctrlKey: true });
      expect(span(el.window!)).to.be.closeTo(span(START) / 2 ** (10 * WHEEL_ZOOM_RATE * PINCH_WHEEL_BOOST), MS);
      expect((el.window![0] + el.window![1]) / 2).to.be.closeTo((START[0] + START[1]) / 2, MS);
    });

    it('ctrl+wheel at max zoom-out is still cancelled, so the browser does not zoom the page', async () => {
      const el = await host(EXTENT);
      const event = wheel(el, 400, { deltaY: 10, ctrlKey: true });
      expect(el.calls).to.have.length(0);
      expect(event.defaultPrevented).to.equal(true);
    });

    it('a mostly horizontal wheel pans by deltaX / width, later for positive deltaX', async () => {
      const el = await host();
      const event = wheel(el, 400, { deltaX: 80, deltaY: 5 });
      const shift = span(START) / 10;
      expect(el.window![0]).to.be.closeTo(START[0] + shift, MS);
      expect(el.window![1]).to.be.closeTo(START[1] + shift, MS);
      expect(event.defaultPrevented).to.equal(true);
    });

    it('a horizontal wheel at the extent edge is cancelled (no swipe-back navigation) and changes nothing', async () => {
      const el = await host([EXTENT[0], EXTENT[0] + span(START)]);
      const event = wheel(el, 400, { deltaX: -80 });
      expect(el.calls).to.have.length(0);
      expect(event.defaultPrevented).to.equal(true);
    });

    it('at max zoom-out a plain wheel-down is not cancelled, so the page scrolls', async () => {
      const el = await host(EXTENT);
      const event = wheel(el, 400, { deltaY: 100 });
      expect(el.calls).to.have.length(0);
      expect(event.defaultPrevented).to.equal(false);
    });

    it(`a wheel stream that reaches the limit stays cancelled for WHEEL_LATCH_MS (${WHEEL_LATCH_MS} ms), then lets the page scroll`, async () => {
      const el = await host([utc(2018), utc(2023)]);
      wheel(el, 400, { deltaY: 500 });
      expect(el.window).to.deep.equal(EXTENT);
      expect(wheel(el, 400, { deltaY: 100 }).defaultPrevented).to.equal(true);
      await sleep(WHEEL_LATCH_MS + 50);
      expect(wheel(el, 400, { deltaY: 100 }).defaultPrevented).to.equal(false);
    });

    it('never zooms in past MIN_SPAN', async () => {
      const el = await host();
      for (let i = 0; i < 100; i++) wheel(el, 300, { deltaY: -500 });
      expect(span(el.window!)).to.be.closeTo(MIN_SPAN, MS);
      for (const w of el.calls) expect(span(w)).to.be.at.least(MIN_SPAN - MS);
    });

    it('a non-cancelable wheel (the browser is already scrolling the page) is ignored', async () => {
      const el = await host();
      wheel(el, 400, { deltaY: -100, cancelable: false });
      expect(el.calls).to.have.length(0);
    });

    it('wheels do nothing while the scene has no window', async () => {
      const el = await host();
      el.window = undefined;
      const event = wheel(el, 400, { deltaY: -100 });
      expect(el.calls).to.have.length(0);
      expect(event.defaultPrevented).to.equal(false);
    });
  });

  describe('mouse drag', () => {
    it('a real mouse drag 200 px to the right pans a quarter span earlier', async () => {
      const el = await host();
      await drag(el, [300, 85], [500, 85]);
      const shift = span(START) / 4;
      expect(el.window![0]).to.be.closeTo(START[0] - shift, MS);
      expect(el.window![1]).to.be.closeTo(START[1] - shift, MS);
    });

    it('a real mouse drag to the left pans later, and stops at the extent', async () => {
      const el = await host([utc(2022), utc(2023, 6)]);
      await drag(el, [600, 85], [100, 85]);
      expect(el.window![1]).to.equal(EXTENT[1]);
      expect(span(el.window!)).to.be.closeTo(span([utc(2022), utc(2023, 6)]), MS);
    });

    it(`a mouse move under DRAG_THRESHOLD (${DRAG_THRESHOLD} px) lets the click through to a button in the plot`, async () => {
      const el = await host();
      await drag(el, [140, 50], [142, 51]);
      expect(el.clicks).to.equal(1);
      expect(el.plotClicks).to.equal(1);
      expect(el.calls).to.have.length(0);
    });

    it('a real drag that starts on a button pans and swallows that one click, not the next', async () => {
      const el = await host();
      await drag(el, [140, 50], [240, 50]);
      expect(el.calls.length).to.be.greaterThan(0);
      // Captured, the click goes to the plot (the common ancestor) and no listener may see it.
      expect(el.clicks).to.equal(0);
      expect(el.plotClicks).to.equal(0);
      await sleep(20);
      await sendMouse({ type: 'click', position: clientOf(el, 140, 50) });
      expect(el.clicks).to.equal(1);
      expect(el.plotClicks).to.equal(1);
    });

    it('a real drag over the empty plot swallows its click too', async () => {
      const el = await host();
      await drag(el, [400, 85], [300, 85]);
      expect(el.calls.length).to.be.greaterThan(0);
      expect(el.plotClicks).to.equal(0);
    });

    it('a drag with the right mouse button does not pan', async () => {
      const el = await host();
      const [x, y] = clientOf(el, 300, 85);
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down', button: 'right' });
      await sendMouse({ type: 'move', position: [x + 200, y] });
      await sendMouse({ type: 'up', button: 'right' });
      expect(el.calls).to.have.length(0);
    });
  });

  describe('touch', () => {
    it('a two-finger pinch out zooms in around the midpoint by the ratio of distances', async () => {
      const el = await host();
      touch(el, 'pointerdown', 1, 300);
      touch(el, 'pointerdown', 2, 500);
      touch(el, 'pointermove', 1, 200);
      touch(el, 'pointermove', 2, 600);
      // Distance 200 → 400 px: twice as close; midpoint (400 px, the centre) unmoved.
      expect(el.window![0]).to.be.closeTo(zoomWindow(START, 2, 0.5, el.limits)[0], MS);
      expect(el.window![1]).to.be.closeTo(zoomWindow(START, 2, 0.5, el.limits)[1], MS);
      touch(el, 'pointerup', 1, 200);
      touch(el, 'pointerup', 2, 600);
    });

    it('a pinch keeps the instant under the midpoint under the fingers as they move', async () => {
      const el = await host();
      const under = instantAt(el, START, el.plot.getBoundingClientRect().left + 250);
      touch(el, 'pointerdown', 1, 200);
      touch(el, 'pointerdown', 2, 300);
      touch(el, 'pointermove', 1, 300);
      touch(el, 'pointermove', 2, 500);
      // Midpoint 250 → 400 px, distance 100 → 200 px.
      expect(span(el.window!)).to.be.closeTo(span(START) / 2, MS);
      expect(instantAt(el, el.window!, el.plot.getBoundingClientRect().left + 400)).to.be.closeTo(under, MS);
      touch(el, 'pointerup', 2, 500);
      // The finger left behind goes on panning, from where it is.
      const before = el.window!;
      touch(el, 'pointermove', 1, 380);
      expect(el.window![0]).to.be.closeTo(before[0] - (80 / 800) * span(before), MS);
      touch(el, 'pointerup', 1, 380);
    });

    it('a one-finger horizontal swipe pans', async () => {
      const el = await host();
      swipeLeft(el);
      expect(el.window![0]).to.be.closeTo(START[0] + span(START) / 10, MS);
    });

    it('a vertical one-finger move leaves the window alone (the page scrolls it)', async () => {
      const el = await host();
      touch(el, 'pointerdown', 1, 300, 10);
      touch(el, 'pointermove', 1, 303, 40);
      touch(el, 'pointermove', 1, 340, 90);
      touch(el, 'pointerup', 1, 340, 90);
      expect(el.calls).to.have.length(0);
      expect(el.window).to.deep.equal(START);
    });

    it('a cancelled touch ends the gesture', async () => {
      const el = await host();
      touch(el, 'pointerdown', 1, 500);
      touch(el, 'pointermove', 1, 420);
      const calls = el.calls.length;
      touch(el, 'pointercancel', 1, 420);
      touch(el, 'pointermove', 1, 300);
      expect(el.calls).to.have.length(calls);
    });
  });

  describe('target', () => {
    it('the same target() node after each render adds no second listener', async () => {
      const el = await host();
      await el.rerender();
      await el.rerender();
      wheel(el, 400, { deltaY: -100 });
      expect(el.calls).to.have.length(1);
    });

    it('target() undefined detaches; the plot named again listens again', async () => {
      const el = await host();
      el.target = () => undefined;
      await el.rerender();
      const ignored = wheel(el, 400, { deltaY: -100 });
      expect(el.calls).to.have.length(0);
      expect(ignored.defaultPrevented).to.equal(false);
      el.target = () => el.plot;
      await el.rerender();
      wheel(el, 400, { deltaY: -100 });
      expect(el.calls).to.have.length(1);
    });

    it('target() naming another node moves the listeners to it', async () => {
      const el = await host();
      const old = el.plot;
      const other = document.createElement('div');
      el.shadowRoot!.append(other);
      el.target = () => other;
      await el.rerender();
      old.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true }));
      expect(el.calls).to.have.length(0);
      other.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true }));
      expect(el.calls).to.have.length(1);
    });

    it('follows a re-rendered plot node: gestures work on the new node, the old one reacts no more', async () => {
      const el = await host();
      const old = el.plot;
      el.plotKey++;
      await el.rerender();
      expect(el.plot).to.not.equal(old);
      // Gone from the page, the old plot has no box; give it one, so only a listener left behind could zoom.
      old.getBoundingClientRect = () => new DOMRect(0, 0, 800, 100);
      old.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 400, bubbles: true, cancelable: true }));
      expect(el.calls).to.have.length(0);
      wheel(el, 400, { deltaY: -100 });
      expect(el.calls).to.have.length(1);
      const before = el.window!;
      swipeLeft(el);
      expect(el.window![0]).to.be.closeTo(before[0] + span(before) / 10, MS);
    });

    it('a disconnected host listens no more, and listens again when reconnected', async () => {
      const el = await host();
      const parent = el.parentNode!;
      const plot = el.plot;
      el.remove();
      // Detached, the plot has no box; give it one, so only the missing listener can stop the zoom.
      plot.getBoundingClientRect = () => new DOMRect(0, 0, 800, 100);
      plot.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 400, bubbles: true, cancelable: true }));
      expect(el.calls).to.have.length(0);
      parent.append(el);
      await el.updateComplete;
      delete (plot as Partial<HTMLElement>).getBoundingClientRect;
      wheel(el, 400, { deltaY: -100 });
      expect(el.calls).to.have.length(1);
    });
  });
});
