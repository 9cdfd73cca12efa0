// Stands in for d3-time-format in the one-file bundle only (scripts/build.mjs, d3Shims).
// d3-scale's time scale makes its default tick formatter from `utcFormat` when it is built,
// but the element labels ticks with Intl (view/axis.ts) and never calls `scale.tickFormat`:
// formatters made here throw if called, so a future caller finds out at once rather than
// showing wrong text. test/node/bundle-shims.test.mjs checks the scale is otherwise unchanged.

function unavailable(specifier) {
  return () => {
    throw new TypeError(`d3-time-format is not in this bundle (format "${specifier}"); label dates with Intl`);
  };
}

export const utcFormat = unavailable;
export const timeFormat = unavailable;
