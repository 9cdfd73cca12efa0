import type { Picture, Shape } from './picture.js';

/**
 * Characters XML 1.0 does not allow (C0 controls but tab and line breaks, lone surrogates,
 * U+FFFE/U+FFFF): a title holding one would make the file unreadable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- the controls are what XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or an attribute value) as XML character data: every `& < > " '` escaped, so data never becomes markup. */
export function escapeXml(value: string | number): string {
  return String(value).replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Numbers to two decimals: enough for a pixel, short in the file. */
const n = (value: number) => String(Math.round(value * 100) / 100);

/** `name="value"` for each defined value, escaped. */
function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? n(value) : value!)}"`)
    .join('');
}

/** Where the picture's own prefix goes while it is written: a character escaped text never holds (NOT_XML drops it). */
const ID = '\u0001';

/**
 * A picture as a standalone SVG document: `<title>` and `<desc>` say what it shows, the plot is
 * clipped to its window, hatched bands use one pattern per colour. Every text and attribute value
 * is escaped; no element of the data's choosing is ever written (no script, no handler, no
 * `foreignObject`), so the file can be opened, embedded or printed safely. Its ids start with a
 * hash of the picture (`st3k9x0a-plot`): two pictures inlined in one page, or a picture in a page
 * with an `id="title"` of its own, each find their own clip path and title; the same view gives
 * the same file.
 */
export function svgOf(picture: Picture): string {
  const patterns = new Map<string, string>();
  const shape = (item: Shape) => shapeOf(item, patterns);
  const shapes = picture.shapes.map(shape).join('');
  const plotShapes = picture.plotShapes.map(shape).join('');
  const { x, y, width, height } = picture.plot;
  const defs = [...patterns].map(
    ([color, id]) =>
      `<pattern id="${ID}${id}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="2" height="5"${attributes({ fill: color })}/></pattern>`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({ width: picture.width, height: picture.height, viewBox: `0 0 ${n(picture.width)} ${n(picture.height)}` })}` +
    ` role="img" aria-labelledby="${ID}title ${ID}desc"${attributes({ 'font-family': picture.fontFamily, 'font-size': picture.fontSize })}>` +
    `<title id="${ID}title">${escapeXml(picture.title)}</title><desc id="${ID}desc">${escapeXml(picture.description)}</desc>` +
    `<defs><clipPath id="${ID}plot"><rect${attributes({ x, y, width, height })}/></clipPath>${defs.join('')}</defs>` +
    `<rect width="100%" height="100%"${attributes({ fill: picture.background })}/>${shapes}<g clip-path="url(#${ID}plot)">${plotShapes}</g></svg>`;
  return svg.replaceAll(ID, `st${hash(svg)}-`);
}

/** FNV-1a of the text, in base 36: the same picture gives the same ids, another picture others. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function shapeOf(item: Shape, patterns: Map<string, string>): string {
  switch (item.kind) {
    case 'rect': {
      const pattern = item.hatch ? (patterns.get(item.fill) ?? patterns.set(item.fill, `hatch-${patterns.size}`).get(item.fill)) : undefined;
      const { x, y, width, height, radius, opacity } = item;
      // The pattern's reference is ours, written outside the escaping that would drop the id's marker.
      const fill = pattern ? ` fill="url(#${ID}${pattern})"` : attributes({ fill: item.fill });
      return `<rect${attributes({ x, y, width, height, rx: radius })}${fill}${attributes({ stroke: item.stroke, 'stroke-dasharray': item.hatch ? '3 2' : undefined, opacity })}/>`;
    }
    case 'circle':
      return `<circle${attributes({ cx: item.x, cy: item.y, r: item.r, fill: item.fill, opacity: item.opacity })}/>`;
    case 'line':
      return `<line${attributes({ x1: item.x1, y1: item.y1, x2: item.x2, y2: item.y2, stroke: item.stroke })}/>`;
    case 'text':
      return `<text${attributes({
        x: item.x,
        y: item.y,
        fill: item.fill,
        'font-size': item.size,
        'font-weight': item.bold ? 'bold' : undefined,
        'text-anchor': item.anchor === 'start' ? undefined : item.anchor,
      })}>${escapeXml(item.text)}</text>`;
  }
}
