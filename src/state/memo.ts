/**
 * Remembers the last result of `compute`, returned again while every argument is the same
 * (`===`). Renders run every animation frame while zooming; what depends only on the data or
 * the filter is then worked out once, not per frame.
 */
export function memoizeLast<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (!last || args.length !== last.args.length || args.some((arg, i) => arg !== last!.args[i])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}
