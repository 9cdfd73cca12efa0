import { css, unsafeCSS } from 'lit';

/** Hidden from sight, read by screen readers; shared so each stylesheet stands on its own. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * The outlined button of the zoom controls and the panel (each adds its padding); used as
 * `${outlinedButton};` in a rule. Plain text, because lit-analyzer reads a css`` of bare
 * declarations as a broken stylesheet.
 */
export const outlinedButton = unsafeCSS(
  [
    'font: inherit',
    'min-width: 32px',
    'min-height: 32px',
    'border-radius: var(--sanctions-timeline-radius)',
    'border: 1px solid var(--sanctions-timeline-grid-color)',
    'background: transparent',
    'color: inherit',
    'cursor: pointer',
  ].join(';'),
);

// Declarations that lit-analyzer's bundled CSS data (older than both properties) reports as unknown.
// As one-line snippets, used as `${snippet};` inside a rule, they reach the browser unchanged.

/** For the few things that must keep author colours in forced-colors mode (marks drawn with backgrounds would vanish). */
export const noForcedColorAdjust = css`forced-color-adjust: none`;

/** The element supports both schemes: `light-dark()` and system colours follow the reader's preference. */
export const lightAndDark = css`color-scheme: light dark`;
