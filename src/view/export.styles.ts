import { css } from 'lit';

/** The download buttons at the inline start of the row that holds the zoom buttons at its end. */
export const exportStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
    margin: 0 0 6px;
  }

  .toolbar .controls {
    margin: 0;
    margin-inline-start: auto;
  }

  /* The anchor of the image menu, whose end it keeps inside: on a 340 px phone a menu opening from the summary's start ran 28 px past the screen. */
  .export {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }

  /* A download that failed: empty (and taking no room) until then, always there for screen readers to hear. */
  .export-error {
    /* In the toolbar row: on a line of its own, after the zoom buttons. */
    order: 1;
    flex-basis: 100%;
    margin: 0;
    color: var(--sanctions-timeline-error-color);
  }

  /* Empty, it takes no line of the toolbar's row (and so no row gap). */
  .export-error:empty {
    position: absolute;
  }

  .export-error:not(:empty) {
    margin: 4px 0;
  }

  /* "Download image": a disclosure whose two choices open below it, over the plot, at the toolbar's end (the summary's, on one line). */
  .image-menu summary {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    list-style: none;
  }

  .image-menu summary::-webkit-details-marker {
    display: none;
  }

  .image-menu summary::after {
    content: '▾';
    margin-inline-start: 6px;
  }

  .image-menu-items {
    position: absolute;
    z-index: 3;
    top: calc(100% + 4px);
    inset-inline-end: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 6px;
    white-space: nowrap;
    background: var(--sanctions-timeline-background);
    border: 1px solid var(--sanctions-timeline-grid-color);
    border-radius: var(--sanctions-timeline-radius);
  }
`;
