import { SanctionsTimeline } from './sanctions-timeline.js';

// Registration lives apart from the class so subclasses and scoped registries can reuse it.
if (!customElements.get('sanctions-timeline')) customElements.define('sanctions-timeline', SanctionsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sanctions-timeline': SanctionsTimeline;
  }
}
