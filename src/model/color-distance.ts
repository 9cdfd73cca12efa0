/**
 * How far apart two colours look, and how one stands out from another: sRGB hex → CIELAB (D65),
 * the CIEDE2000 colour difference, the WCAG contrast ratio, and colour-vision-deficiency
 * simulation. Pure, no DOM; used by the palette's tests (test/unit/state/palette.test.ts).
 */

/** A colour in CIELAB (D65 white): lightness 0–100 and the two opponent axes. */
export type Lab = readonly [l: number, a: number, b: number];

/** A colour as linear-light sRGB components, each 0–1. */
export type LinearRgb = readonly [r: number, g: number, b: number];

type Matrix = readonly [LinearRgb, LinearRgb, LinearRgb];

/** `#rrggbb` (or `#rgb`) as linear-light sRGB. Throws on anything else. */
export function hexToLinear(hex: string): LinearRgb {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`not a #rrggbb colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const channel = (i: number) => {
    const c = parseInt(full.slice(i * 2, i * 2 + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(1), channel(2)];
}

function apply(m: Matrix, [r, g, b]: LinearRgb): LinearRgb {
  return [m[0][0] * r + m[0][1] * g + m[0][2] * b, m[1][0] * r + m[1][1] * g + m[1][2] * b, m[2][0] * r + m[2][1] * g + m[2][2] * b];
}

/** Linear sRGB → CIE XYZ (D65), IEC 61966-2-1. */
const RGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];

/** The D65 white point, Y = 1. */
const WHITE = [0.95047, 1, 1.08883] as const;

/** Linear-light sRGB as CIELAB (D65). */
export function linearToLab(rgb: LinearRgb): Lab {
  const xyz = apply(RGB_TO_XYZ, rgb);
  const [fx, fy, fz] = xyz.map((v, i) => {
    const t = v / WHITE[i]!;
    return t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29;
  }) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** `#rrggbb` as CIELAB (D65). */
export function hexToLab(hex: string): Lab {
  return linearToLab(hexToLinear(hex));
}

const DEG = Math.PI / 180;
const POW25_7 = 25 ** 7;

/** Hue angle in degrees, 0–360; 0 for a neutral. */
function hue(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const h = Math.atan2(b, a) / DEG;
  return h < 0 ? h + 360 : h;
}

/**
 * The CIEDE2000 colour difference ΔE00 between two CIELAB colours (kL = kC = kH = 1), as given
 * by Sharma, Wu and Dalal, "The CIEDE2000 color-difference formula: implementation notes,
 * supplementary test data, and mathematical observations", Color Res. Appl. 30 (2005) 21–30,
 * equations 1–17. About 1 is a just-noticeable difference; 10 and more reads as another colour.
 */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + POW25_7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const neutral = c1p * c2p === 0;

  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = h2p - h1p;
  if (neutral) dhp = 0;
  else if (dhp > 180) dhp -= 360;
  else if (dhp < -180) dhp += 360;
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp / 2) * DEG);

  const lBarP = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (!neutral) {
    if (Math.abs(h1p - h2p) <= 180) hBarP /= 2;
    else hBarP = hBarP < 360 ? (hBarP + 360) / 2 : (hBarP - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hBarP - 30) * DEG) +
    0.24 * Math.cos(2 * hBarP * DEG) +
    0.32 * Math.cos((3 * hBarP + 6) * DEG) -
    0.2 * Math.cos((4 * hBarP - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + POW25_7));
  const sl = 1 + (0.015 * (lBarP - 50) ** 2) / Math.sqrt(20 + (lBarP - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(2 * dTheta * DEG) * rc;
  const [l, c, h] = [dLp / sl, dCp / sc, dHp / sh];
  return Math.sqrt(l * l + c * c + h * h + rt * c * h);
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToLinear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1–21. */
export function contrastRatio(one: string, other: string): number {
  const [hi, lo] = [relativeLuminance(one), relativeLuminance(other)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Colour vision deficiencies at full severity, as linear-RGB matrices from Machado, Oliveira and
 * Fernandes, "A physiologically-based model for simulation of color vision deficiency", IEEE
 * TVCG 15 (2009) 1291–1298, table of severity 1.0.
 */
export const VISION_DEFICIENCIES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const satisfies Record<string, Matrix>;

/** A colour vision deficiency that `simulate` knows. */
export type VisionDeficiency = keyof typeof VISION_DEFICIENCIES;

/** How a `#rrggbb` colour looks to a reader with `deficiency`, as CIELAB (clipped to the sRGB gamut). */
export function simulate(hex: string, deficiency: VisionDeficiency): Lab {
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  const [r, g, b] = apply(VISION_DEFICIENCIES[deficiency], hexToLinear(hex));
  return linearToLab([clip(r), clip(g), clip(b)]);
}
