import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS properties and their values; `null`/`undefined` leave a property out (or remove it). */
export type StyleInfo = Readonly<Record<string, string | number | null | undefined>>;

/**
 * A `style=${…}` binding that writes through the CSSOM (`style.setProperty`) every time.
 * Lit's own `styleMap` writes the first render as a `style="…"` attribute string, which a
 * Content-Security-Policy without `'unsafe-inline'` blocks (`style-src-attr`), so every mark
 * would lose its position on a strict page; CSSOM writes are not inline styles and pass.
 * Used exactly like Lit's: the whole `style` attribute, an object of properties (camelCase or
 * kebab-case; custom properties as written). Not for server-side rendering.
 */
class CssomStyleDirective extends Directive {
  /** The properties this binding set, in CSS form, so the ones left out next time are removed. */
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('styleMap must be the only value of a style attribute');
    }
  }

  render(_styles: StyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [StyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(styles)) if (value !== null && value !== undefined) next.set(cssName(name), String(value));
    for (const name of this.applied) if (!next.has(name)) style.removeProperty(name);
    for (const [name, value] of next) if (style.getPropertyValue(name) !== value) style.setProperty(name, value);
    this.applied = new Set(next.keys());
    return noChange;
  }
}

/** `marginTop` → `margin-top`; kebab-case and custom properties (`--mark-color`) stay as they are. */
function cssName(name: string): string {
  return name.includes('-') ? name : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Drop-in for Lit's `styleMap` that stays within a strict Content-Security-Policy (see above). */
export const styleMap = directive(CssomStyleDirective);
