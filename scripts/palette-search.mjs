// How the category palette in src/sanctions-timeline.styles.ts was made, so it can be made again:
// `node scripts/palette-search.mjs [seed] [iterations]` prints the 14 `--sanctions-timeline-palette-N`
// declarations and what they measure. It starts from IBM Carbon's categorical data-visualisation
// palette (14 colours in Carbon's order, a light and a dark theme: carbondesignsystem.com,
// "Data visualization / Color palettes") and moves each colour as little as it can, by a seeded
// annealing search over sRGB, until every target below holds. The palette test
// (test/unit/state/palette.test.ts) checks the published thresholds, whatever made the colours.
import { build } from 'esbuild';

const { outputFiles } = await build({ entryPoints: ['src/model/color-distance.ts'], bundle: true, format: 'esm', write: false });
const { contrastRatio, deltaE2000, hexToLab, simulate } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

/** Carbon's categorical sequence, light (on white) and dark (on Gray 100); names as Carbon gives them. */
const CARBON = {
  light: ['#6929c4', '#1192e8', '#005d5d', '#9f1853', '#fa4d56', '#570408', '#198038', '#002d9c', '#ee538b', '#b28600', '#009d9a', '#012749', '#8a3800', '#a56eff'],
  // Purple 60, Cyan 40, Teal 60, Magenta 40, Red 50, Red 10, Green 30, Blue 50, Magenta 60, Yellow 40, Teal 40, Cyan 20, Orange 60, Purple 30
  dark: ['#8a3ffc', '#33b1ff', '#007d79', '#ff7eb6', '#fa4d56', '#fff1f1', '#6fdc8c', '#4589ff', '#d12771', '#d2a106', '#08bdba', '#bae6ff', '#ba4e00', '#d4bbff'],
};

/** The element's own colours in each theme (src/sanctions-timeline.styles.ts): background, text, muted, uncategorised marks. */
const THEMES = {
  light: { background: '#ffffff', text: '#1f2328', muted: '#59636e', mark: '#0b5cad', minL: 18, maxL: 100 },
  dark: { background: '#0d1117', text: '#e6edf3', muted: '#9198a1', mark: '#4493f8', minL: 0, maxL: 92 },
};

/** The targets, a little above the thresholds the test asserts (ΔE00 15, colour-blind 10, contrast 3). */
const TARGET = {
  contrast: 3.1, // every colour against its theme's background (hard)
  distance: 16, // ΔE00 between any two colours
  colourBlind: 11, // ΔE00 under deuteranopia and protanopia, among the first 12
  colourBlindRest: 10.5, // the same for pairs with the 13th or 14th
  tritan: 8, // under tritanopia, among the first 12 (5 for the rest)
  fromGrey: 14, // from the muted grey the overview's "other" band uses
  fromMark: 10, // from the colour of marks without a category
  fromText: 14, // from the text colour
  chroma: 25, // no muddy greys
  hue: 20, // a colour's light and dark versions within this many degrees of hue
};
const FIRST = 12;

const seed0 = Number(process.argv[2] ?? 1);
const iterations = Number(process.argv[3] ?? 100000);
let seed = seed0;
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;

const hex = (rgb) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const rgbOf = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const lch = ([l, a, b]) => [l, Math.hypot(a, b), ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360];
const short = (value, target) => Math.max(0, target - value);
const views = (h) => [hexToLab(h), simulate(h, 'deuteranopia'), simulate(h, 'protanopia'), simulate(h, 'tritanopia')];

/** How far one theme's colours fall short of the targets, plus how far they moved from Carbon's. */
function themeCost(state) {
  const { looks, carbon, grey, mark, text, minL, maxL } = state;
  let cost = 0;
  for (let i = 0; i < looks.length; i++) {
    for (let j = i + 1; j < looks.length; j++) {
      const first = j < FIRST;
      const colourBlind = Math.min(deltaE2000(looks[i][1], looks[j][1]), deltaE2000(looks[i][2], looks[j][2]));
      cost += 20 * short(deltaE2000(looks[i][0], looks[j][0]), TARGET.distance);
      cost += 8 * short(colourBlind, first ? TARGET.colourBlind : TARGET.colourBlindRest);
      cost += 2 * short(deltaE2000(looks[i][3], looks[j][3]), first ? TARGET.tritan : 5);
    }
    const [l, c] = lch(looks[i][0]);
    cost += 5 * short(deltaE2000(looks[i][0], grey), TARGET.fromGrey) + 5 * short(deltaE2000(looks[i][0], mark), TARGET.fromMark);
    cost += 5 * short(deltaE2000(looks[i][0], text), TARGET.fromText) + 2 * short(l, minL) + 2 * short(maxL, l) + short(c, TARGET.chroma);
    cost += 0.3 * deltaE2000(looks[i][0], carbon[i]);
  }
  return cost;
}

/** Light and dark versions of a colour keep its hue (unless one is nearly grey). */
function hueCost(light, dark) {
  let cost = 0;
  for (let i = 0; i < light.looks.length; i++) {
    const [, c1, h1] = lch(light.looks[i][0]);
    const [, c2, h2] = lch(dark.looks[i][0]);
    if (Math.min(c1, c2) < 10) continue;
    const apart = Math.min(Math.abs(h1 - h2), 360 - Math.abs(h1 - h2));
    cost += 2 * Math.max(0, apart - TARGET.hue);
  }
  return cost;
}

const states = Object.fromEntries(
  Object.entries(THEMES).map(([theme, { background, text, muted, mark, minL, maxL }]) => {
    const fits = (rgb) => contrastRatio(hex(rgb), background) >= TARGET.contrast;
    const toward = theme === 'light' ? -1 : 1;
    const colours = CARBON[theme].map((h) => {
      let rgb = rgbOf(h);
      while (!fits(rgb)) rgb = rgb.map((v) => Math.min(255, Math.max(0, v + toward)));
      return rgb;
    });
    const state = { fits, colours, looks: colours.map((c) => views(hex(c))), carbon: CARBON[theme].map(hexToLab), grey: hexToLab(muted), mark: hexToLab(mark), text: hexToLab(text), minL, maxL };
    return [theme, state];
  }),
);

const total = () => themeCost(states.light) + themeCost(states.dark) + hueCost(states.light, states.dark);
let current = total();
let best = { cost: current, light: states.light.colours.map(hex), dark: states.dark.colours.map(hex) };
for (let step = 0; step < iterations; step++) {
  const temperature = 2 * (1 - step / iterations) ** 2;
  const state = random() < 0.5 ? states.light : states.dark;
  const i = Math.floor(random() * state.colours.length);
  const size = 1 + Math.floor(random() * 10);
  const next = state.colours[i].map((v) => (random() < 0.6 ? Math.min(255, Math.max(0, v + Math.round((random() * 2 - 1) * size))) : v));
  if (!state.fits(next)) continue;
  const [before, looked] = [state.colours[i], state.looks[i]];
  state.colours[i] = next;
  state.looks[i] = views(hex(next));
  const cost = total();
  if (cost <= current || random() < Math.exp((current - cost) / Math.max(temperature, 1e-6))) {
    current = cost;
    if (cost < best.cost) best = { cost, light: states.light.colours.map(hex), dark: states.dark.colours.map(hex) };
  } else {
    state.colours[i] = before;
    state.looks[i] = looked;
  }
}

/** The smallest ΔE00 between any two of `colours`, as seen by `look` (0 normal, 1 deutan, 2 protan, 3 tritan). */
function minimum(colours, look) {
  const looks = colours.map(views);
  let min = Infinity;
  for (let i = 0; i < looks.length; i++) for (let j = i + 1; j < looks.length; j++) min = Math.min(min, deltaE2000(looks[i][look], looks[j][look]));
  return min.toFixed(1);
}

console.log(`/* palette-search seed ${seed0}, ${iterations} steps, cost ${best.cost.toFixed(2)} */`);
best.light.forEach((light, i) => console.log(`--sanctions-timeline-palette-${i + 1}: light-dark(${light}, ${best.dark[i]});`));
for (const theme of ['light', 'dark']) {
  const colours = best[theme];
  const contrast = Math.min(...colours.map((c) => contrastRatio(c, THEMES[theme].background))).toFixed(2);
  const moved = Math.max(...colours.map((c, i) => deltaE2000(hexToLab(c), hexToLab(CARBON[theme][i])))).toFixed(1);
  for (const n of [FIRST, colours.length]) {
    const some = colours.slice(0, n);
    console.log(`${theme}, first ${n}: ΔE00 ≥ ${minimum(some, 0)}; deuteranopia ≥ ${minimum(some, 1)}, protanopia ≥ ${minimum(some, 2)}, tritanopia ≥ ${minimum(some, 3)}`);
  }
  console.log(`${theme}: contrast ≥ ${contrast}:1; at most ΔE00 ${moved} from Carbon's colour`);
}
