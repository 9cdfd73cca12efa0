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

  .export {
    display: flex;
    gap: 6px;
  }

  /* "Download image": a disclosure whose two choices open below it, over the plot. */
  .image-menu {
    position: relative;
  }

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
    inset-inline-start: 0;
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
