import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { highlightRanges, type CategoryCount } from '../../../src/state/filter.js';
import { renderHighlighted, renderLegend, type LegendContext, type LegendStrings } from '../../../src/view/legend.js';
import { legendStyles } from '../../../src/view/legend.styles.js';

const EN: LegendStrings = {
  searchLabel: 'Search events',
  searchPlaceholder: 'Search',
  categoriesLabel: 'Categories',
  uncategorized: 'Uncategorized',
  eventCount: { one: '{n} event', other: '{n} events' },
  showingCount: { one: 'Showing {shown} of {n} event', other: 'Showing {shown} of {n} events' },
  showAll: 'Show all',
  more: { one: '{n} more', other: '{n} more' },
};

const RU: LegendStrings = {
  searchLabel: 'Поиск событий',
  searchPlaceholder: 'Поиск',
  categoriesLabel: 'Категории',
  uncategorized: 'Без категории',
  eventCount: { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' },
  showingCount: {
    one: 'Показано {shown} из {n} события',
    few: 'Показано {shown} из {n} событий',
    many: 'Показано {shown} из {n} событий',
    other: 'Показано {shown} из {n} события',
  },
  showAll: 'Показать все',
  more: { one: 'ещё {n}', few: 'ещё {n}', many: 'ещё {n}', other: 'ещё {n}' },
};

const COUNTS: CategoryCount[] = [
  { key: 'sanction', label: 'Sanction', count: 12 },
  { key: 'threat', label: 'Threat', count: 1 },
  { key: '', label: '', count: 14 },
];

type Calls = { toggled: string[]; queries: string[]; showAll: number };

/** Renders the legend into a fresh container; `calls` records what it reported. */
async function legend(overrides: Partial<LegendContext> = {}): Promise<{ container: HTMLElement; calls: Calls }> {
  const calls: Calls = { toggled: [], queries: [], showAll: 0 };
  const context: LegendContext = {
    counts: COUNTS,
    hidden: new Set(),
    colorOf: (key) => (key ? `rgb(0, 0, ${key.length})` : 'rgb(1, 2, 3)'),
    query: '',
    shownCount: 27,
    totalCount: 27,
    locale: 'en',
    strings: EN,
    onToggle: (key) => calls.toggled.push(key),
    onQuery: (query) => calls.queries.push(query),
    onShowAll: () => calls.showAll++,
    ...overrides,
  };
  const container = await fixture<HTMLElement>(html`<div></div>`);
  render(renderLegend(context), container);
  return { container, calls };
}

const toggles = (container: HTMLElement) => [...container.querySelectorAll<HTMLButtonElement>('.legend-toggle')];
const search = (container: HTMLElement) => container.querySelector<HTMLInputElement>('input[type="search"]')!;
const status = (container: HTMLElement) => container.querySelector('[role="status"]')!.textContent!.trim();
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('renderLegend', () => {
  it('renders part="legend" with a labelled search box, category toggles and a live count', async () => {
    const { container } = await legend();
    const root = container.querySelector('[part="legend"]')!;
    expect(root.classList.contains('legend')).to.equal(true);
    const input = search(container);
    expect(input.labels![0]!.textContent).to.contain('Search events');
    expect(input.placeholder).to.equal('Search');
    expect(toggles(container)).to.have.length(3);
    expect(container.querySelector('[role="toolbar"]')!.getAttribute('aria-label')).to.equal('Categories');
    expect(status(container)).to.equal('27 events');
    await expect(container).to.be.accessible();
  });

  it('renders one toggle per category in order, with label, count and colour; no category is "Uncategorized"', async () => {
    const { container } = await legend();
    expect(toggles(container).map(text)).to.deep.equal(['Sanction 12', 'Threat 1', 'Uncategorized 14']);
    const swatches = toggles(container).map((button) => button.querySelector<HTMLElement>('.legend-swatch')!);
    expect(swatches.map((swatch) => swatch.style.getPropertyValue('--swatch'))).to.deep.equal([
      'rgb(0, 0, 8)',
      'rgb(0, 0, 6)',
      'rgb(1, 2, 3)',
    ]);
    expect(swatches.every((swatch) => swatch.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('sets aria-pressed to whether the category is shown', async () => {
    const { container } = await legend({ hidden: new Set(['threat', '']) });
    expect(toggles(container).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
  });

  it('calls onToggle(key) when a toggle is clicked', async () => {
    const { container, calls } = await legend();
    toggles(container)[1]!.click();
    toggles(container)[2]!.click();
    expect(calls.toggled).to.deep.equal(['threat', '']);
  });

  it('calls onQuery(value) on input, and shows the query it is given', async () => {
    const { container, calls } = await legend({ query: 'Kady' });
    const input = search(container);
    expect(input.value).to.equal('Kady');
    input.value = 'Kadyrov';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(calls.queries).to.deep.equal(['Kadyrov']);
  });

  it('leaves out the toggles when there is a single category and nothing is hidden', async () => {
    expect(toggles((await legend({ counts: [COUNTS[0]!] })).container)).to.have.length(0);
    expect(toggles((await legend({ counts: [] })).container)).to.have.length(0);
    expect(toggles((await legend({ counts: [COUNTS[0]!], hidden: new Set(['sanction']) })).container)).to.have.length(1);
  });

  it('says "Showing 9 of 27 events" while something is filtered out', async () => {
    expect(status((await legend({ hidden: new Set(['threat']), shownCount: 9 })).container)).to.equal('Showing 9 of 27 events');
    expect(status((await legend({ query: 'purge', shownCount: 0 })).container)).to.equal('Showing 0 of 27 events');
    expect(status((await legend({ query: '   ', shownCount: 27 })).container)).to.equal('27 events');
  });

  it('uses the plural forms of English for 1, 2, 5 and 21 events', async () => {
    const counts = [];
    const showing = [];
    for (const n of [1, 2, 5, 21]) {
      counts.push(status((await legend({ totalCount: n, shownCount: n })).container));
      showing.push(status((await legend({ totalCount: n, shownCount: 1, query: 'x' })).container));
    }
    expect(counts).to.deep.equal(['1 event', '2 events', '5 events', '21 events']);
    expect(showing).to.deep.equal(['Showing 1 of 1 event', 'Showing 1 of 2 events', 'Showing 1 of 5 events', 'Showing 1 of 21 events']);
  });

  it('uses the plural forms of Russian for 1, 2, 5 and 21 events', async () => {
    const counts = [];
    const showing = [];
    for (const n of [1, 2, 5, 21]) {
      counts.push(status((await legend({ totalCount: n, shownCount: n, locale: 'ru', strings: RU })).container));
      showing.push(status((await legend({ totalCount: n, shownCount: 1, query: 'x', locale: 'ru', strings: RU })).container));
    }
    expect(counts).to.deep.equal(['1 событие', '2 события', '5 событий', '21 событие']);
    expect(showing).to.deep.equal([
      'Показано 1 из 1 события',
      'Показано 1 из 2 событий',
      'Показано 1 из 5 событий',
      'Показано 1 из 21 события',
    ]);
  });

  it('formats counts in the locale', async () => {
    const { container } = await legend({ locale: 'ru', strings: RU, totalCount: 12345, shownCount: 1234, query: 'x', counts: [{ key: 'a', label: 'A', count: 12345 }, COUNTS[1]!] });
    expect(status(container)).to.equal('Показано 1\u00a0234 из 12\u00a0345 событий');
    expect(text(toggles(container)[0]!)).to.equal('A 12 345');
  });

  it('offers "Show all" only while something is filtered out, calling onShowAll and focusing the search box', async () => {
    expect((await legend()).container.querySelector('.legend-show-all')).to.equal(null);
    const { container, calls } = await legend({ hidden: new Set(['threat']), query: 'x' });
    const button = container.querySelector<HTMLButtonElement>('.legend-show-all')!;
    expect(text(button)).to.equal('Show all');
    button.focus();
    button.click();
    expect(calls).to.deep.equal({ toggled: [], queries: [], showAll: 1 });
    expect(document.activeElement).to.equal(search(container));
  });

  it('"Show all" leaves clearing to onShowAll: it neither clears the query nor toggles the hidden categories itself', async () => {
    // Once the legend toggled each hidden category and cleared the query when no onShowAll was
    // given; the element always gives one, which clears both at once, so that fallback is gone.
    const { container, calls } = await legend({ hidden: new Set(['threat', '']), query: 'x' });
    container.querySelector<HTMLButtonElement>('.legend-show-all')!.click();
    expect(calls).to.deep.equal({ toggled: [], queries: [], showAll: 1 });
  });

  it('is accessible with categories hidden and a query', async () => {
    const { container } = await legend({ hidden: new Set(['threat']), query: 'purge', shownCount: 3 });
    await expect(container).to.be.accessible();
  });

  it('gives every control a target of at least 24×24 px with the legend styles', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [legendStyles.styleSheet!];
    render(
      renderLegend({
        counts: COUNTS,
        hidden: new Set(['threat']),
        colorOf: () => 'red',
        query: '',
        shownCount: 26,
        totalCount: 27,
        strings: EN,
        onToggle: () => {},
        onQuery: () => {},
        onShowAll: () => {},
      }),
      root,
    );
    const controls = [...root.querySelectorAll<HTMLElement>('button, input')];
    expect(controls).to.have.length(5);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(width, control.className).to.be.at.least(24);
      expect(height, control.className).to.be.at.least(24);
    }
    const label = root.querySelector('.legend-search-label')!.getBoundingClientRect();
    expect(label.width * label.height).to.be.at.most(1);
  });
});

describe('renderHighlighted', () => {
  const rendered = async (value: string, ranges: Array<[number, number]>) => {
    const container = await fixture<HTMLElement>(html`<p></p>`);
    render(renderHighlighted(value, ranges), container);
    return container;
  };

  it('wraps each range in <mark> and keeps the rest as text', async () => {
    const p = await rendered('Purge in Čečnya', [[0, 5], [9, 15]]);
    expect([...p.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['Purge', 'Čečnya']);
    expect(p.textContent).to.equal('Purge in Čečnya');
  });

  it('highlights what highlightRanges finds, across folding (Straße for "strasse")', async () => {
    const value = 'Große Straße, Ёжиков';
    const p = await rendered(value, highlightRanges(value, 'strasse ежиков'));
    expect([...p.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['Straße', 'Ёжиков']);
    expect(p.textContent).to.equal(value);
  });

  it('renders text only, never HTML', async () => {
    const p = await rendered('<img src=x onerror=alert(1)> <b>bold</b>', [[0, 4]]);
    expect(p.querySelector('img, b')).to.equal(null);
    expect(p.querySelector('mark')!.textContent).to.equal('<img');
    expect(p.textContent).to.equal('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('renders plain text without ranges, and clips or skips ranges outside the text or overlapping', async () => {
    expect((await rendered('plain', [])).innerHTML.replace(/<!--.*?-->/g, '')).to.equal('plain');
    const p = await rendered('abcdef', [[-3, 2], [1, 3], [5, 99], [10, 12], [4, 4]]);
    expect([...p.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['ab', 'c', 'f']);
    expect(p.textContent).to.equal('abcdef');
  });
});
