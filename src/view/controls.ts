import { html, type TemplateResult } from 'lit';
import { ZOOM_STEP } from '../layout/window.js';
import type { TimelineStrings } from '../strings.js';

/** The controls' part of the element's strings. */
export type ControlsStrings = Pick<TimelineStrings, 'zoomIn' | 'zoomOut' | 'fit' | 'controlsLabel'>;

export interface ControlsContext {
  strings: ControlsStrings;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom: (factor: number) => void;
  onFit: () => void;
}

/** Zoom in, zoom out and show-all buttons; the same actions are on the + − 0 keys. */
export function renderControls(context: ControlsContext): TemplateResult {
  const { strings } = context;
  return html`<div part="controls" class="controls" role="group" aria-label=${strings.controlsLabel}>
    <button type="button" class="control" aria-label=${strings.zoomIn} title="${strings.zoomIn} (+)" ?disabled=${!context.canZoomIn}
      @click=${() => context.onZoom(ZOOM_STEP)}>+</button>
    <button type="button" class="control" aria-label=${strings.zoomOut} title="${strings.zoomOut} (−)" ?disabled=${!context.canZoomOut}
      @click=${() => context.onZoom(1 / ZOOM_STEP)}>−</button>
    <button type="button" class="control control--fit" title="${strings.fit} (0)" ?disabled=${!context.canZoomOut}
      @click=${context.onFit}>${strings.fit}</button>
  </div>`;
}
