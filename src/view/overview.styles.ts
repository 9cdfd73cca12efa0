import { css } from 'lit';
import { noForcedColorAdjust } from './shared.styles.js';

/**
 * The overview strip: bars of events per bin across the whole extent, and the brush over them.
 * Bars are an SVG stretched to the strip's width; in right-to-left it is mirrored, as the plot is.
 */
export const overviewStyles = css`
  .overview {
    position: relative;
    margin: 0 0 6px;
    padding-block: 2px;
    border-block: 1px solid var(--sanctions-timeline-grid-color);
    /* Horizontal drags are the brush's; a vertical swipe still scrolls the page. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: pointer;
  }

  .overview-bars {
    display: block;
    width: 100%;
    height: 32px;
  }

  :host(:dir(rtl)) .overview-bars {
    transform: scaleX(-1);
  }

  .brush {
    position: absolute;
    top: 0;
    bottom: 0;
    inset-inline-start: 0;
    box-sizing: border-box;
    border: 2px solid var(--sanctions-timeline-focus-color);
    border-radius: 3px;
    background: color-mix(in srgb, var(--sanctions-timeline-focus-color) 12%, transparent);
    cursor: grab;
  }

  /* The edges stretch the window: a wider cursor target than the border shows. */
  .brush::before,
  .brush::after {
    content: '';
    position: absolute;
    top: 0;
    bottom: 0;
    width: 8px;
    cursor: ew-resize;
  }

  .brush::before {
    inset-inline-start: -5px;
  }

  .brush::after {
    inset-inline-end: -5px;
  }

  .brush:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .overview-bars path {
      ${noForcedColorAdjust};
      fill: CanvasText;
    }
    .brush {
      border-color: Highlight;
      background: transparent;
    }
  }
`;
