import { html, nothing, type TemplateResult } from 'lit';
import { ZOOM_STEP } from '../layout/window.js';
import type { TimelineStrings } from '../strings.js';
import { onToolbarFocusin, onToolbarKeydown } from './toolbar.js';

/** The controls' part of the element's strings. */
export type ControlsStrings = Pick<TimelineStrings, 'zoomIn' | 'zoomOut' | 'fit' | 'controlsLabel'>;

export interface ControlsContext {
  strings: ControlsStrings;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom: (factor: number) => void;
  onFit: () => void;
}

/**
 * Zoom in, zoom out and show-all buttons, as a toolbar (one tab stop, arrows inside); the same
 * actions are on the + − 0 keys. A button that cannot act says so (`aria-disabled`) and does
 * nothing, but keeps its focus: a toolbar's tab stop must never land where focus cannot go.
 */
export function renderControls(context: ControlsContext): TemplateResult {
  const { strings } = context;
  const button = (label: string, key: string, enabled: boolean, act: () => void, fit = false) => html`<button
    type="button"
    class="control ${fit ? 'control--fit' : ''}"
    aria-label=${fit ? nothing : label}
    title="${label} (${key})"
    aria-disabled=${enabled ? 'false' : 'true'}
    tabindex=${key === '+' ? 0 : -1}
    @click=${() => enabled && act()}
  >${fit ? label : key}</button>`;
  return html`<div part="controls" class="controls" role="toolbar" aria-label=${strings.controlsLabel} @keydown=${onToolbarKeydown} @focusin=${onToolbarFocusin}>
    ${button(strings.zoomIn, '+', context.canZoomIn, () => context.onZoom(ZOOM_STEP))}${button(strings.zoomOut, '−', context.canZoomOut, () => context.onZoom(1 / ZOOM_STEP))}${button(strings.fit, '0', context.canZoomOut, context.onFit, true)}
  </div>`;
}
