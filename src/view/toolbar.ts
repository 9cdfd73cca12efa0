/**
 * The keys of a WAI-ARIA toolbar (role="toolbar"): one tab stop for the whole group, ← and → to
 * the item before or after (mirrored right to left: → goes to the item on the right), Home and
 * End to the first and last. Items are the toolbar's buttons and `<summary>`s that are drawn;
 * the one focused takes the tab stop (tabindex 0), the others −1, so Tab leaves the toolbar and
 * comes back to where the reader was. Items stay focusable when they cannot act (`aria-disabled`),
 * so the tab stop never lands on an item that cannot take focus.
 */

/** The items of the toolbar around `from`, in DOM order. */
function itemsOf(toolbar: Element): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLElement>('button, summary')].filter((item) => item.getClientRects().length > 0);
}

/** Gives the tab stop of `item`'s toolbar to `item`. */
function takeTabStop(toolbar: Element, item: HTMLElement): void {
  for (const other of itemsOf(toolbar)) other.tabIndex = other === item ? 0 : -1;
}

const MOVES: Readonly<Record<string, (at: number, count: number, rtl: boolean) => number>> = {
  ArrowLeft: (at, _, rtl) => at + (rtl ? 1 : -1),
  ArrowRight: (at, _, rtl) => at + (rtl ? -1 : 1),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/** `keydown` on a toolbar: moves focus among its items; the event is consumed (`preventDefault`) when it did. */
export function onToolbarKeydown(event: KeyboardEvent): void {
  const toolbar = event.currentTarget as HTMLElement;
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = itemsOf(toolbar);
  const at = items.indexOf(event.target as HTMLElement);
  if (at === -1) return;
  const next = items[Math.max(0, Math.min(items.length - 1, move(at, items.length, toolbar.matches(':dir(rtl)'))))]!;
  event.preventDefault();
  takeTabStop(toolbar, next);
  next.focus();
}

/** `focusin` on a toolbar: the item the reader reached (by click, too) takes the tab stop. */
export function onToolbarFocusin(event: FocusEvent): void {
  const item = (event.target as HTMLElement).closest<HTMLElement>('button, summary');
  if (item) takeTabStop(event.currentTarget as HTMLElement, item);
}
