import { css } from 'lit';
import { noForcedColorAdjust, visuallyHidden } from './shared.styles.js';

/**
 * The legend and filter bar, and search highlights (`<mark>`). Colours come from the element's
 * `--sanctions-timeline-*` properties, so the light and dark themes (and user themes) apply;
 * `--sanctions-timeline-highlight-background` / `-highlight-color` colour `<mark>` (default:
 * the system `Mark`/`MarkText` colours). Targets are at least 32 px high and 24 px wide.
 */
export const legendStyles = css`
  ${visuallyHidden}

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin: 0 0 8px;
  }

  .legend-search {
    display: inline-flex;
    align-items: center;
  }

  .legend-search-input {
    box-sizing: border-box;
    font: inherit;
    min-height: 32px;
    width: 16em;
    max-width: 100%;
    padding: 4px 8px;
    border: 1px solid var(--sanctions-timeline-grid-color);
    border-radius: var(--sanctions-timeline-radius);
    background: var(--sanctions-timeline-background);
    color: inherit;
  }

  .legend-search-input::placeholder {
    color: var(--sanctions-timeline-muted-color);
    opacity: 1;
  }

  .legend-categories {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend-toggle,
  .legend-show-all {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font: inherit;
    min-width: 24px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--sanctions-timeline-grid-color);
    border-radius: 16px;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }

  .legend-swatch {
    flex: none;
    box-sizing: border-box;
    width: 12px;
    height: 12px;
    border-radius: 3px;
    border: 2px solid var(--swatch, var(--sanctions-timeline-mark-color));
    background: var(--swatch, var(--sanctions-timeline-mark-color));
  }

  .legend-count {
    color: var(--sanctions-timeline-muted-color);
    font-variant-numeric: tabular-nums;
  }

  /* A category switched off: hollow swatch, struck-through label (not told by colour alone). */
  .legend-toggle[aria-pressed='false'] {
    border-style: dashed;
    color: var(--sanctions-timeline-muted-color);
  }

  .legend-toggle[aria-pressed='false'] .legend-swatch {
    background: transparent;
  }

  .legend-toggle[aria-pressed='false'] .legend-label {
    text-decoration: line-through;
  }

  .legend-toggle:hover,
  .legend-show-all:hover {
    border-color: var(--sanctions-timeline-muted-color);
  }

  .legend-toggle:focus-visible,
  .legend-show-all:focus-visible,
  .legend-search-input:focus-visible {
    outline: 2px solid var(--sanctions-timeline-focus-color);
    outline-offset: 2px;
  }

  .legend-status {
    margin: 0;
    color: var(--sanctions-timeline-muted-color);
  }

  mark {
    background: var(--sanctions-timeline-highlight-background, Mark);
    color: var(--sanctions-timeline-highlight-color, MarkText);
    border-radius: 2px;
  }

  @media (forced-colors: active) {
    .legend-toggle,
    .legend-show-all,
    .legend-search-input {
      border-color: ButtonText;
    }
    .legend-toggle[aria-pressed='false'] {
      color: GrayText;
    }
    .legend-swatch {
      ${noForcedColorAdjust};
      border-color: CanvasText;
      background: CanvasText;
    }
    .legend-toggle[aria-pressed='false'] .legend-swatch {
      border-color: GrayText;
      background: Canvas;
    }
    .legend-toggle:focus-visible,
    .legend-show-all:focus-visible,
    .legend-search-input:focus-visible {
      outline-color: Highlight;
    }
    mark {
      ${noForcedColorAdjust};
      background: Mark;
      color: MarkText;
    }
  }
`;
