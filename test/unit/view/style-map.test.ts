import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap, type StyleInfo } from '../../../src/view/style-map.js';

/** Renders a span styled by `styles` into `container`, and returns the span. */
function styled(container: HTMLElement, styles: StyleInfo): HTMLElement {
  render(html`<span style=${styleMap(styles)}></span>`, container);
  return container.querySelector('span')!;
}

describe('styleMap(styles)', () => {
  let container: HTMLElement;
  let styleAttributeWrites: string[];
  const setAttribute = Element.prototype.setAttribute;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    styleAttributeWrites = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name === 'style') styleAttributeWrites.push(value);
      setAttribute.call(this, name, value);
    };
  });

  afterEach(() => {
    Element.prototype.setAttribute = setAttribute;
    container.remove();
  });

  it('styleMap(styles) sets properties through the CSSOM from the first render, never as a style attribute string', () => {
    const span = styled(container, { width: '12px', transform: 'translate(3px, 4px)', '--mark-color': '#b42318' });
    expect(span.style.width).to.equal('12px');
    expect(span.style.transform).to.equal('translate(3px, 4px)');
    expect(span.style.getPropertyValue('--mark-color')).to.equal('#b42318');
    expect(styleAttributeWrites).to.deep.equal([]);
  });

  it('styleMap(styles) turns camelCase names into CSS names', () => {
    const span = styled(container, { marginTop: '5px', backgroundColor: 'red' });
    expect(span.style.marginTop).to.equal('5px');
    expect(span.style.backgroundColor).to.equal('red');
  });

  it('styleMap(styles) updates changed values and removes properties that are left out or null', () => {
    styled(container, { left: '1px', width: '2px', '--swatch': 'blue' });
    const span = styled(container, { left: '10px', width: null });
    expect(span.style.left).to.equal('10px');
    expect(span.style.width).to.equal('');
    expect(span.style.getPropertyValue('--swatch')).to.equal('');
    expect(styleAttributeWrites).to.deep.equal([]);
  });

  it('styleMap(styles) leaves properties set by others alone', () => {
    const span = styled(container, { left: '1px' });
    span.style.color = 'green';
    styled(container, { left: '2px' });
    expect(span.style.color).to.equal('green');
  });

  it('styleMap(styles) refuses any place but the whole style attribute', () => {
    expect(() => render(html`<span title=${styleMap({ left: '1px' })}></span>`, container)).to.throw(/style attribute/);
  });
});
