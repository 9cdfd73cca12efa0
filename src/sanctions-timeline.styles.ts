import { css } from 'lit';

/**
 * Every public `--sanctions-timeline-*` property is declared on :host with its default, so
 * themes can override any of them; dark defaults follow `prefers-color-scheme`.
 */
export const styles = css`
  :host {
    --sanctions-timeline-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --sanctions-timeline-font-size: 13px;
    --sanctions-timeline-color: #1f2328;
    --sanctions-timeline-muted-color: #59636e;
    --sanctions-timeline-background: transparent;
    --sanctions-timeline-grid-color: #d1d9e0;
    --sanctions-timeline-accent-color: #0b5cad;
    --sanctions-timeline-mark-color: #0b5cad;
    --sanctions-timeline-focus-color: #0b5cad;
    --sanctions-timeline-error-color: #b42318;
    --sanctions-timeline-notice-background: #fff8e6;
    --sanctions-timeline-panel-background: transparent;
    --sanctions-timeline-link-color: #0b5cad;
    /* Category colours by declaration order; each ≥ 3:1 against the light background. */
    --sanctions-timeline-palette-1: #0b5cad;
    --sanctions-timeline-palette-2: #b35900;
    --sanctions-timeline-palette-3: #1a7f37;
    --sanctions-timeline-palette-4: #a8326e;
    --sanctions-timeline-palette-5: #6f42c1;
    --sanctions-timeline-palette-6: #b42318;
    --sanctions-timeline-palette-7: #0e7490;
    --sanctions-timeline-palette-8: #6e7781;

    display: block;
    position: relative;
    color-scheme: light dark;
    font-family: var(--sanctions-timeline-font-family);
    font-size: var(--sanctions-timeline-font-size);
    color: var(--sanctions-timeline-color);
    background: var(--sanctions-timeline-background);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --sanctions-timeline-color: #e6edf3;
      --sanctions-timeline-muted-color: #9198a1;
      --sanctions-timeline-grid-color: #3d444d;
      --sanctions-timeline-accent-color: #4493f8;
      --sanctions-timeline-mark-color: #4493f8;
      --sanctions-timeline-focus-color: #79b8ff;
      --sanctions-timeline-error-color: #ff7b72;
      --sanctions-timeline-notice-background: #2d2410;
      --sanctions-timeline-link-color: #79b8ff;
      --sanctions-timeline-palette-1: #4493f8;
      --sanctions-timeline-palette-2: #f0883e;
      --sanctions-timeline-palette-3: #3fb950;
      --sanctions-timeline-palette-4: #db61a2;
      --sanctions-timeline-palette-5: #a371f7;
      --sanctions-timeline-palette-6: #ff7b72;
      --sanctions-timeline-palette-7: #39c5cf;
      --sanctions-timeline-palette-8: #9198a1;
    }
  }

  :host([hidden]) {
    display: none;
  }

  .plot {
    position: relative;
    overflow: hidden;
  }

  .axis {
    position: relative;
    height: 28px;
    border-bottom: 1px solid var(--sanctions-timeline-grid-color);
  }

  .tick {
    position: absolute;
    top: 0;
    left: 0;
    height: 100vh;
    border-left: 1px solid var(--sanctions-timeline-grid-color);
    pointer-events: none;
  }

  .tick-label {
    display: block;
    padding: 6px 0 0 4px;
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

  .item {
    position: absolute;
    top: 6px;
    left: 0;
    height: 34px;
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
    height: 12px;
    box-sizing: border-box;
    background: var(--mark-color, var(--sanctions-timeline-mark-color));
    border-radius: 6px;
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

  .empty {
    margin: 0;
    padding: 24px 8px;
    text-align: center;
    color: var(--sanctions-timeline-muted-color);
    border: 1px dashed var(--sanctions-timeline-grid-color);
    border-radius: 6px;
  }

  .notice {
    margin: 0 0 8px;
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--sanctions-timeline-notice-background);
    border-left: 3px solid var(--sanctions-timeline-error-color);
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
    border-radius: 6px;
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
    padding-left: 20px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .mark {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .event:focus-visible {
      outline-color: Highlight;
    }
  }
`;
