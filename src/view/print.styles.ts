import { css } from 'lit';

/**
 * Printing: the interactive parts (legend, zoom and download buttons, the drawing, the panel)
 * give way to the chronological list of the shown events, which exists only while printing.
 * On screen the list stays hidden even if a print dialog is left open.
 */
export const printStyles = css`
  @media not print {
    .print-list {
      display: none;
    }
  }

  @media print {
    .legend,
    .toolbar,
    .controls,
    .export,
    .plot,
    .overview,
    .cards,
    .card-lanes,
    .page-button,
    .panel {
      display: none !important;
    }

    :host {
      color: #000;
      background: none;
    }

    .print-heading {
      margin: 0 0 2pt;
      font-size: 14pt;
    }

    .print-status {
      margin: 0 0 10pt;
    }

    .print-lane {
      margin: 12pt 0 4pt;
      padding-bottom: 2pt;
      border-bottom: 1pt solid #000;
      font-size: 13pt;
      font-weight: 600;
      break-after: avoid;
    }

    .print-events {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .print-event {
      margin: 0 0 10pt;
      padding-top: 6pt;
      border-top: 0.5pt solid #999;
      break-inside: avoid;
    }

    .print-when {
      margin: 0;
      font-weight: 600;
    }

    .print-title {
      margin: 0 0 3pt;
      font-size: 12pt;
      break-after: avoid;
    }

    .print-summary p,
    .print-dates,
    .print-media,
    .print-actors,
    .print-term {
      margin: 0 0 3pt;
    }

    .print-summary p {
      white-space: pre-line;
    }

    .print-quote {
      margin: 0 0 3pt 12pt;
      font-style: italic;
    }

    .print-quote blockquote {
      margin: 0;
    }

    .print-sources {
      margin: 0;
      padding-left: 14pt;
    }

    .print-url {
      display: block;
      color: inherit;
      font-size: 0.9em;
      text-decoration: none;
      word-break: break-all;
    }
  }
`;
