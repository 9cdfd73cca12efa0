import { css } from 'lit';

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

// Declarations that lit-analyzer's bundled CSS data (older than both properties) reports as unknown.
// As one-line snippets, used as `${snippet};` inside a rule, they reach the browser unchanged.

/** For the few things that must keep author colours in forced-colors mode (marks drawn with backgrounds would vanish). */
export const noForcedColorAdjust = css`forced-color-adjust: none`;

/** The element supports both schemes: `light-dark()` and system colours follow the reader's preference. */
export const lightAndDark = css`color-scheme: light dark`;
