import { css } from 'lit';
import { noForcedColorAdjust } from './shared.styles.js';

/** The vertical layout: a line down the inline-start side (left, or right in rtl), a dot and a card per event. */
export const verticalStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding-block: 4px;
    padding-inline: 22px 0;
    border-inline-start: 2px solid var(--sanctions-timeline-grid-color);
    margin-inline-start: 8px;
  }

  .card-item {
    position: relative;
    margin: 0 0 10px;
  }

  .card-dot {
    position: absolute;
    inset-inline-start: -30px;
    top: 14px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--mark-color, var(--sanctions-timeline-mark-color));
    border: 2px solid var(--sanctions-timeline-background);
  }

  .card {
    all: unset;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: 2px;
    width: 100%;
    min-height: 44px;
    padding: 8px 12px;
    border: 1px solid var(--sanctions-timeline-grid-color);
    border-inline-start: 4px solid var(--mark-color, var(--sanctions-timeline-mark-color));
    border-radius: var(--sanctions-timeline-radius);
    cursor: pointer;
  }

  .card:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  .card-date {
    font-size: 0.92em;
    color: var(--sanctions-timeline-muted-color);
    font-variant-numeric: tabular-nums;
  }

  .card-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .card-category {
    font-size: 0.92em;
    color: var(--sanctions-timeline-muted-color);
  }

  .item--selected .card {
    box-shadow: 0 0 0 2px var(--mark-color);
  }

  @media (forced-colors: active) {
    .card-dot {
      ${noForcedColorAdjust};
      background: CanvasText;
      border-color: Canvas;
    }
    .card {
      border-color: CanvasText;
    }
    .card:focus-visible,
    .item--selected .card {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
  }

  /* In lanes: a heading per lane over its cards, staying at the top while its cards scroll by. */
  .card-lane + .card-lane {
    margin-top: 14px;
  }

  .card-lane-heading {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 8px;
    margin: 0 0 8px;
    padding: 6px 8px;
    font-weight: 600;
    background: var(--sanctions-timeline-background);
    border-bottom: 1px solid var(--sanctions-timeline-grid-color);
  }

  .card-lane .lane-name {
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }

  /* A card focused by the keys scrolls into view below the sticky heading, not under it. */
  .card-lane .card {
    scroll-margin-top: 48px;
  }

  /* Earlier / later pages of a long chronology. */
  .page-button {
    display: block;
    margin-block: 8px;
    margin-inline-start: 32px;
  }
`;
