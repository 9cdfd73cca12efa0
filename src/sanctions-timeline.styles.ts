import { css } from 'lit';
import { ROW_HEIGHT, POINT_SIZE } from './layout/sizes.js';
import { dateStyles } from './view/dates.styles.js';
import { exportStyles } from './view/export.styles.js';
import { laneStyles } from './view/lanes.styles.js';
import { legendStyles } from './view/legend.styles.js';
import { overviewStyles } from './view/overview.styles.js';
import { panelStyles } from './view/panel.styles.js';
import { printStyles } from './view/print.styles.js';
import { lightAndDark, noForcedColorAdjust, outlinedButton, visuallyHidden } from './view/shared.styles.js';
import { verticalStyles } from './view/vertical.styles.js';

/**
 * Every public `--sanctions-timeline-*` property is declared on :host with its default, so
 * themes can override any of them. The host declares `color-scheme: light dark`, so the
 * `light-dark()` colours follow the reader's `prefers-color-scheme`, and it paints its own opaque
 * background, so dark text on dark (or light on light) cannot happen on any page. A page
 * overrides either: `sanctions-timeline { color-scheme: light }` (or `dark`), or the properties.
 */
export const hostStyles = css`
  ${visuallyHidden}

  :host {
    --sanctions-timeline-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --sanctions-timeline-font-size: 13px;
    --sanctions-timeline-radius: 6px;
    --sanctions-timeline-color: light-dark(#1f2328, #e6edf3);
    --sanctions-timeline-muted-color: light-dark(#59636e, #9198a1);
    --sanctions-timeline-background: light-dark(#ffffff, #0d1117);
    --sanctions-timeline-highlight-background: light-dark(#fff3a3, #6e5a00);
    --sanctions-timeline-highlight-color: light-dark(#1f2328, #ffffff);
    --sanctions-timeline-grid-color: light-dark(#d1d9e0, #3d444d);
    --sanctions-timeline-mark-color: light-dark(#0b5cad, #4493f8);
    --sanctions-timeline-focus-color: light-dark(#0b5cad, #79b8ff);
    --sanctions-timeline-error-color: light-dark(#b42318, #ff7b72);
    --sanctions-timeline-notice-background: light-dark(#fff8e6, #2d2410);
    --sanctions-timeline-cluster-background: light-dark(#eef1f5, #262b33);
    --sanctions-timeline-panel-background: transparent;
    --sanctions-timeline-link-color: light-dark(#0b5cad, #79b8ff);
    /*
     * Category colours by declaration order (the 15th starts again at the first): IBM Carbon's
     * categorical palette, moved by scripts/palette-search.mjs until any two are ≥ 15 ΔE00 apart
     * in each theme (≥ 10 under deuteranopia and protanopia) and each is ≥ 3:1 against its
     * background. test/unit/state/palette.test.ts measures them.
     */
    --sanctions-timeline-palette-1: light-dark(#8211e8, #7c34f6);
    --sanctions-timeline-palette-2: light-dark(#3f82b8, #36b1fe);
    --sanctions-timeline-palette-3: light-dark(#015f5b, #047c77);
    --sanctions-timeline-palette-4: light-dark(#a52a62, #f2789a);
    --sanctions-timeline-palette-5: light-dark(#da3345, #f34b50);
    --sanctions-timeline-palette-6: light-dark(#5c0a0e, #ffbec6);
    --sanctions-timeline-palette-7: light-dark(#0e7e3e, #6fdc8c);
    --sanctions-timeline-palette-8: light-dark(#0d0ba8, #637dfc);
    --sanctions-timeline-palette-9: light-dark(#ee538b, #cc2c70);
    --sanctions-timeline-palette-10: light-dark(#b98b00, #d2a105);
    --sanctions-timeline-palette-11: light-dark(#009e9b, #23ab99);
    --sanctions-timeline-palette-12: light-dark(#012d54, #b5d2ff);
    --sanctions-timeline-palette-13: light-dark(#8a3800, #ba4e00);
    --sanctions-timeline-palette-14: light-dark(#a56eff, #ab95c1);

    /* The lanes' viewport: taller lanes scroll inside it (layout/sizes.ts assumes this until it is measured). */
    --sanctions-timeline-plot-height: 36rem;

    /* Sizes that layout computes with (layout/sizes.ts), set from the same numbers. Private: not for theming. */
    --_row-height: ${ROW_HEIGHT}px;
    --_point-size: ${POINT_SIZE}px;

    ${lightAndDark};
    display: block;
    position: relative;
    font-family: var(--sanctions-timeline-font-family);
    font-size: var(--sanctions-timeline-font-size);
    color: var(--sanctions-timeline-color);
    background: var(--sanctions-timeline-background);
  }

  :host([hidden]) {
    display: none;
  }

  .plot {
    position: relative;
    overflow: hidden;
    /* Horizontal drags and pinches are ours; a vertical swipe still scrolls the page. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: grab;
  }

  .animate .item,
  .animate .tick {
    transition: transform 180ms ease-out;
  }

  @media (prefers-reduced-motion: reduce) {
    .animate .item,
    .animate .tick {
      transition: none;
    }
  }

  /* Search: matches keep full colour; the rest keep readable text (contrast ≥ 4.5:1) and faded marks. */
  .item--dimmed .label,
  .item--dimmed .card-title {
    color: var(--sanctions-timeline-muted-color);
  }

  .item--dimmed .mark,
  .item--dimmed .card-dot {
    opacity: 0.3;
  }

  mark {
    background: var(--sanctions-timeline-highlight-background);
    color: var(--sanctions-timeline-highlight-color);
    border-radius: 2px;
  }

  .controls {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    margin: 0 0 6px;
  }

  .control {
    ${outlinedButton};
    padding: 2px 10px;
  }

  .control:disabled,
  .control[aria-disabled='true'] {
    cursor: default;
    color: var(--sanctions-timeline-muted-color);
  }

  .control:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  .axis {
    position: relative;
    height: 28px;
    border-bottom: 1px solid var(--sanctions-timeline-grid-color);
  }

  /* Ticks and items sit at the inline-start edge and are moved along by their logical x (mirrored in rtl). */
  .tick {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    height: 100vh;
    border-inline-start: 1px solid var(--sanctions-timeline-grid-color);
    pointer-events: none;
  }

  .tick-label {
    display: block;
    padding-block-start: 6px;
    padding-inline-start: 4px;
    white-space: nowrap;
    color: var(--sanctions-timeline-muted-color);
    font-variant-numeric: tabular-nums;
  }

  .tick--year .tick-label {
    font-weight: 600;
    color: var(--sanctions-timeline-color);
  }

  .events {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The rows have a set height and each item a set box: containment lets a zoom step lay out only
     what moved, not the page around it. */
  .rows {
    position: relative;
    contain: strict;
  }

  .item {
    position: absolute;
    top: 6px;
    inset-inline-start: 0;
    height: calc(var(--_row-height) - 6px);
    contain: layout style;
  }

  .event {
    all: unset;
    box-sizing: border-box;
    position: absolute;
    inset: 0;
    cursor: pointer;
    border-radius: 4px;
  }

  .event:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  .event:hover .label {
    text-decoration: underline;
  }

  /*
   * Text keeps its own direction, whatever the element's: an English title in a right-to-left
   * timeline reads left to right with its ellipsis at its end, an Arabic one in a left-to-right
   * timeline the other way; a count keeps its number before its noun, "дек." its period after.
   */
  .label,
  .tick-label,
  .card-date,
  .card-title,
  .panel-when,
  .panel-title,
  .panel-summary p,
  .panel-quote,
  .legend-status,
  .notice summary {
    unicode-bidi: plaintext;
    /* Lines still line up with the element's start edge (Chromium resolves only the prefixed value so). */
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }

  .label {
    position: absolute;
    top: 0;
    line-height: 18px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .mark {
    position: absolute;
    top: 21px;
    height: var(--_point-size);
    box-sizing: border-box;
    background: var(--mark-color, var(--sanctions-timeline-mark-color));
    border-radius: calc(var(--_point-size) / 2);
  }

  .item--range .mark {
    top: 23px;
    height: 8px;
    border-radius: 2px;
  }

  /* A date known only to the month or year: a soft band over the whole unit, not a dot. */
  .item--band .mark {
    top: 23px;
    height: 8px;
    border-radius: 2px;
    background: transparent;
    border: 1px dashed var(--mark-color, var(--sanctions-timeline-mark-color));
    background-image: repeating-linear-gradient(
      135deg,
      var(--mark-color, var(--sanctions-timeline-mark-color)) 0 2px,
      transparent 2px 5px
    );
  }

  /* "+N": events that did not fit at this zoom, over the cell of time they fall in. */
  .cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    inset: 4px 2px;
    border: 1px solid var(--sanctions-timeline-grid-color);
    border-radius: 999px;
    background: var(--sanctions-timeline-cluster-background);
    color: var(--sanctions-timeline-color);
    font-variant-numeric: tabular-nums;
    font-size: 0.92em;
  }

  .cluster:hover {
    border-color: var(--sanctions-timeline-color);
  }

  .item--dimmed .cluster {
    color: var(--sanctions-timeline-muted-color);
  }

  .empty {
    margin: 0;
    padding: 24px 8px;
    text-align: center;
    color: var(--sanctions-timeline-muted-color);
    border: 1px dashed var(--sanctions-timeline-grid-color);
    border-radius: var(--sanctions-timeline-radius);
  }

  .notice {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-radius: var(--sanctions-timeline-radius);
    background: var(--sanctions-timeline-notice-background);
    border-inline-start: 3px solid var(--sanctions-timeline-error-color);
  }

  .status {
    margin: 0;
    padding: 24px 8px;
    text-align: center;
    color: var(--sanctions-timeline-muted-color);
  }

  .load-error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 12px;
  }

  .retry {
    font: inherit;
    min-height: 32px;
    padding: 4px 14px;
    border-radius: var(--sanctions-timeline-radius);
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .retry:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  .notice summary {
    cursor: pointer;
  }

  .notice ul {
    margin: 6px 0 0;
    padding-inline-start: 20px;
  }

  /* Forced colours (e.g. Windows High Contrast): system colours only, and every state stays visible. */
  @media (forced-colors: active) {
    .mark {
      ${noForcedColorAdjust};
      background: CanvasText;
    }
    .item--band .mark {
      background: transparent;
      border-color: CanvasText;
      background-image: repeating-linear-gradient(135deg, CanvasText 0 2px, transparent 2px 5px);
    }
    /* box-shadow is dropped in forced colours: the selection ring becomes an outline. */
    .item--selected .mark {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .cluster {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .control,
    .retry {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .control:disabled,
  .control[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    .event:focus-visible,
    .control:focus-visible,
    .retry:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Everything the element's shadow root is styled with: the host's sheet, then each view's. */
export const styles = [hostStyles, dateStyles, laneStyles, overviewStyles, panelStyles, legendStyles, verticalStyles, exportStyles, printStyles];
