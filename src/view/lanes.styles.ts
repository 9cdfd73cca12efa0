import { css, unsafeCSS } from 'lit';
import { DENSITY_HEIGHT, LANE_HEADER_HEIGHT } from '../layout/sizes.js';

/** The lanes: a viewport that scrolls down through them, each a header over its rows or its density strip. */
export const laneStyles = css`
  .lanes-viewport {
    position: relative;
    max-height: var(--sanctions-timeline-plot-height);
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior-y: contain;
  }

  .lanes-track {
    position: relative;
    contain: strict;
    width: 100%;
  }

  .lane {
    position: absolute;
    top: 0;
    inset-inline: 0;
    box-sizing: border-box;
    /* Lanes are told apart by a rule between them and a tint on every other one, so the eye can follow one across the axis. */
    border-top: 1px solid var(--sanctions-timeline-grid-color);
    contain: strict;
  }

  /* By the lane's place among all lanes, not among those in the DOM: the tint stays with its lane as they scroll. */
  .lane--tinted {
    background: color-mix(in srgb, var(--sanctions-timeline-grid-color) 18%, transparent);
  }

  .lane .rows {
    position: absolute;
    top: ${unsafeCSS(LANE_HEADER_HEIGHT)}px;
    bottom: 0;
    inset-inline: 0;
  }

  .lane-header {
    all: unset;
    box-sizing: border-box;
    position: absolute;
    top: 2px;
    inset-inline-start: 4px;
    max-width: calc(100% - 8px);
    height: ${unsafeCSS(LANE_HEADER_HEIGHT - 4)}px;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding-inline: 4px 8px;
    border-radius: var(--sanctions-timeline-radius, 4px);
    cursor: pointer;
    font-weight: 600;
    white-space: nowrap;
    z-index: 1;
    background: var(--sanctions-timeline-background);
  }

  .lane-header:hover .lane-name {
    text-decoration: underline;
  }

  .lane-header:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: -2px;
  }

  .lane-name {
    overflow: hidden;
    text-overflow: ellipsis;
    unicode-bidi: plaintext;
  }

  .lane-count {
    font-weight: 400;
    color: var(--sanctions-timeline-muted-color);
    font-variant-numeric: tabular-nums;
  }

  /* A chevron drawn with borders: down when open, toward the text when collapsed. */
  .lane-chevron {
    width: 6px;
    height: 6px;
    flex: none;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-2px) rotate(45deg);
  }

  .lane-header[aria-expanded='false'] .lane-chevron {
    transform: rotate(-45deg);
  }

  :host(:dir(rtl)) .lane-header[aria-expanded='false'] .lane-chevron {
    transform: rotate(135deg);
  }

  .lane--empty .lane-header {
    font-weight: 400;
    color: var(--sanctions-timeline-muted-color);
  }

  .density {
    position: absolute;
    top: ${unsafeCSS(LANE_HEADER_HEIGHT)}px;
    inset-inline: 0;
    width: 100%;
    height: ${unsafeCSS(DENSITY_HEIGHT)}px;
    fill: var(--sanctions-timeline-mark-color);
    opacity: 0.7;
  }

  @media (forced-colors: active) {
    .density {
      fill: CanvasText;
    }
  }
`;
