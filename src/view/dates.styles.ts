import { css } from 'lit';

/**
 * What the record says of a date, on its mark (the item classes of view/when.ts) and in the
 * key that explains them. Approximate (`~`, `%`): a soft, blurred edge, never a crisp dot.
 * Uncertain (`?`, `%`): a dashed ring. An open side runs on and fades out at the edge of the
 * view; an unknown side is a dotted stub fading away from the known date, not a point.
 */
export const dateStyles = css`
  .item,
  .card-item,
  .date-key li {
    --_c: var(--mark-color, var(--sanctions-timeline-mark-color));
    --_to: right;
  }

  .item:dir(rtl) {
    --_to: left;
  }

  .item--approximate :is(.mark, .card-dot) {
    filter: blur(1.2px);
  }

  .item--uncertain :is(.mark, .card-dot) {
    outline: 2px dashed var(--_c);
    outline-offset: 2px;
  }

  .item--open-end .mark {
    background: linear-gradient(to var(--_to), var(--_c) calc(100% - 32px), #0000);
  }

  .item--open-start .mark {
    background: linear-gradient(to var(--_to), #0000, var(--_c) 32px);
  }

  :is(.item--unknown-end, .item--unknown-start) .mark::after {
    content: '';
    position: absolute;
    top: calc(50% - 1px);
    inset-inline-start: 100%;
    width: 24px;
    border-top: 2px dotted var(--_c);
    mask-image: linear-gradient(to var(--_to), #000, #0000);
  }

  .item--unknown-start .mark::after {
    inset-inline: auto 100%;
    mask-image: linear-gradient(to var(--_to), #0000, #000);
  }

  .date-key {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 20px;
    margin: -4px 0 8px;
    padding: 0;
    list-style: none;
    color: var(--sanctions-timeline-muted-color);
  }

  .date-key .mark {
    position: relative;
    top: 0;
    display: inline-block;
    width: 10px;
    height: 10px;
    margin-inline-end: 8px;
  }

  .date-key .item--open-end .mark {
    width: 40px;
    height: 8px;
    border-radius: 2px;
  }

  .date-key .item--unknown-end .mark {
    margin-inline-end: 34px;
  }

  @media (forced-colors: active) {
    .item,
    .card-item,
    .date-key li {
      --_c: CanvasText;
    }
  }
`;
