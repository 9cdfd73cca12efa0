import { css } from 'lit';
import { noForcedColorAdjust, outlinedButton } from './shared.styles.js';

/** The detail panel of the open event, and the selected mark. */
export const panelStyles = css`
  .item--selected .label {
    font-weight: 600;
  }

  .item--selected .mark {
    box-shadow: 0 0 0 2px var(--sanctions-timeline-background), 0 0 0 4px var(--mark-color);
  }

  .panel {
    margin-top: 8px;
    padding: 12px 16px 16px;
    border: 1px solid var(--sanctions-timeline-grid-color);
    border-radius: var(--sanctions-timeline-radius);
    background: var(--sanctions-timeline-panel-background);
    line-height: 1.45;
  }

  .panel-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 12px;
  }

  .panel-title {
    margin: 0;
    font-size: 1.15em;
  }

  .panel-title:focus-visible,
  .panel a:focus-visible,
  .panel button:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  .panel button {
    ${outlinedButton};
    padding: 4px 12px;
  }

  .panel button:disabled {
    cursor: default;
    opacity: 0.5;
  }

  .panel-close {
    font-size: 1.2em;
    line-height: 1;
  }

  .panel-hidden {
    margin: 6px 0;
    padding: 6px 10px;
    border-radius: var(--sanctions-timeline-radius);
    background: var(--sanctions-timeline-notice-background);
  }

  .panel-when {
    margin: 4px 0 8px;
    font-weight: 600;
  }

  .panel-duration,
  .panel-meta {
    font-weight: normal;
    color: var(--sanctions-timeline-muted-color);
  }

  .panel-dates {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    margin: 0 0 8px;
  }

  .panel-dates dd {
    margin: 0;
  }

  /* "and 9,990 more" after a list cut short. */
  .panel-more {
    margin: -4px 0 8px;
    color: var(--sanctions-timeline-muted-color);
  }

  li.panel-more {
    margin: 0;
    list-style: none;
  }

  .panel-category {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 0 0 8px;
  }

  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 3px;
    background: var(--swatch);
  }

  .panel-summary {
    margin: 0 0 10px;
    max-width: 70ch;
  }

  .panel-summary p {
    margin: 0 0 0.6em;
    white-space: pre-line;
  }

  .panel-summary p:last-child {
    margin-bottom: 0;
  }

  /* Media: an image in a box of fixed height, so its arrival (lazy) moves nothing below it. */
  .panel-media {
    margin: 0 0 10px;
    max-width: 32rem;
  }

  /* The height is set, the width follows the picture: the lines below never move as it loads. */
  .media-image {
    display: block;
    width: auto;
    max-width: 100%;
    height: 14rem;
    object-fit: contain;
    border-radius: 4px;
  }

  .panel-media img[hidden] {
    display: none;
  }

  .media-about {
    margin-top: 4px;
    font-size: 0.92em;
    color: var(--sanctions-timeline-muted-color);
  }

  .media-credit {
    font-style: italic;
  }

  .media-link {
    display: inline-flex;
    align-items: center;
    gap: 8px;
  }

  .media-thumbnail {
    flex: none;
    width: 48px;
    height: 48px;
    object-fit: cover;
    border-radius: 4px;
  }

  .panel-quote {
    margin: 0 0 10px;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--sanctions-timeline-grid-color);
  }

  .panel-quote blockquote {
    margin: 0;
    font-style: italic;
  }

  .panel-term {
    margin: 8px 0 4px;
    font-size: 1em;
    font-weight: 600;
  }

  .panel-sources {
    margin: 0;
    padding-inline-start: 20px;
  }

  .panel a {
    color: var(--sanctions-timeline-link-color);
  }

  .unsafe-url {
    word-break: break-all;
  }

  .panel-nav {
    display: flex;
    justify-content: space-between;
    margin-top: 12px;
  }

  @media (forced-colors: active) {
    .panel button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .panel button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    .panel-title:focus-visible,
    .panel a:focus-visible,
    .panel button:focus-visible {
      outline-color: Highlight;
    }
    .swatch {
      ${noForcedColorAdjust};
      background: CanvasText;
    }
  }

  /* Previous sits at the inline start: in right-to-left its arrow points right. */
  .panel-arrow {
    display: inline-block;
  }

  :host(:dir(rtl)) .panel-arrow {
    transform: scaleX(-1);
  }
`;
