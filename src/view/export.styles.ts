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
`;
