import type { Picture, Shape } from './picture.js';

/** What a canvas holds in Chromium and Firefox: 32,767 pixels a side, 268 million in all. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/**
 * A picture painted on a canvas at `scale` times its pixels and encoded as PNG. It is painted from
 * the same shapes the SVG is written from, not by loading the SVG into an `<img>`: a Blob or data
 * URL image needs `img-src blob:`/`data:` in a Content-Security-Policy, a canvas needs nothing.
 * A picture too big for a canvas at `scale` is painted smaller; one the browser still cannot
 * encode rejects with the reason. Loaded on demand, when a PNG is asked for.
 */
export async function pngOf(picture: Picture, scale = 2): Promise<Blob> {
  scale = Math.min(scale, MAX_SIDE / picture.width, MAX_SIDE / picture.height, Math.sqrt(MAX_AREA / (picture.width * picture.height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(picture.width * scale);
  canvas.height = Math.ceil(picture.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.scale(scale, scale);
  context.fillStyle = picture.background;
  context.fillRect(0, 0, picture.width, picture.height);
  for (const shape of picture.shapes) paint(context, shape, picture);
  const { x, y, width, height } = picture.plot;
  context.save();
  context.beginPath();
  context.rect(x, y, width, height);
  context.clip();
  for (const shape of picture.plotShapes) paint(context, shape, picture);
  context.restore();
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not make a PNG of ${canvas.width} × ${canvas.height} pixels`))), 'image/png'));
}

function paint(context: CanvasRenderingContext2D, shape: Shape, picture: Picture): void {
  context.globalAlpha = 'opacity' in shape && shape.opacity !== undefined ? shape.opacity : 1;
  switch (shape.kind) {
    case 'rect':
      context.beginPath();
      context.roundRect(shape.x, shape.y, shape.width, shape.height, shape.radius ?? 0);
      if (shape.hatch) {
        context.save();
        context.clip();
        hatch(context, shape, shape.fill);
        context.restore();
        context.setLineDash([3, 2]);
      } else {
        context.fillStyle = shape.fill;
        context.fill();
      }
      if (shape.stroke) {
        context.strokeStyle = shape.stroke;
        context.lineWidth = 1;
        context.stroke();
      }
      context.setLineDash([]);
      break;
    case 'circle':
      context.beginPath();
      context.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
      context.fillStyle = shape.fill;
      context.fill();
      break;
    case 'line':
      context.beginPath();
      // Half-pixel offsets keep one-pixel lines sharp, as the SVG's are.
      context.moveTo(Math.round(shape.x1) + 0.5, shape.y1);
      context.lineTo(Math.round(shape.x2) + 0.5, shape.y2);
      context.strokeStyle = shape.stroke;
      context.lineWidth = 1;
      context.stroke();
      break;
    case 'text':
      context.font = `${shape.bold ? 'bold ' : ''}${shape.size ?? picture.fontSize}px ${picture.fontFamily}`;
      context.fillStyle = shape.fill;
      context.textAlign = shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left';
      context.fillText(shape.text, shape.x, shape.y);
      break;
  }
}

/** Diagonal stripes 2 px wide, 5 px apart, as the band's stripes on screen and in the SVG. */
function hatch(context: CanvasRenderingContext2D, area: { x: number; y: number; width: number; height: number }, color: string): void {
  context.strokeStyle = color;
  context.lineWidth = 2;
  context.beginPath();
  for (let x = area.x - area.height; x < area.x + area.width; x += 7) {
    context.moveTo(x, area.y + area.height);
    context.lineTo(x + area.height, area.y);
  }
  context.stroke();
}
