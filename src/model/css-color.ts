/**
 * A colour as data may give it, in a form that can load nothing and close nothing: `#` and 3–8
 * hex digits, a keyword (`teal`, `transparent`), or a colour function of numbers, words and
 * `, / % + -` (`rgb(…)`, `hsl(…)`, `oklch(…)`, `color(display-p3 …)`). No `url()`, `image-set()`,
 * `var()`, escapes, comments, quotes, nested brackets or `;` — so it cannot make the reader's
 * browser fetch anything nor end the `var()` it is put in. Whether the browser knows the colour
 * is checked where there is a browser (`CSS.supports`, in state/category-colors.ts).
 */
const SAFE_COLOR = /^(?:#[\da-f]{3,8}|[a-z]+|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([\w .,%/+-]*\))$/i;

/** True when `text` has the shape of a colour that can load nothing (see SAFE_COLOR). */
export function isSafeColorText(text: string): boolean {
  return text.length <= 100 && SAFE_COLOR.test(text);
}
