import { expect } from '@open-wc/testing';
import { scanXml, type XmlElement } from '../../../../src/model/formats/xml-scan.js';

/** The elements at `depth` as `parent/name[attributes](text){children}`, and the root's name. */
function scanned(text: string, depth = 1): { root: string; elements: string[] } {
  let root = '';
  const elements: string[] = [];
  const show = (element: XmlElement): string =>
    `${element.name}${element.attributes.size ? `[${[...element.attributes].map(([k, v]) => `${k}=${v}`).join(',')}]` : ''}${element.text.trim() ? `(${element.text.trim()})` : ''}${element.children.length ? `{${element.children.map(show).join(' ')}}` : ''}`;
  scanXml(text, depth, {
    root: (element) => (root = `${element.name}${element.attributes.size ? `[${[...element.attributes].map(([k, v]) => `${k}=${v}`).join(',')}]` : ''}`),
    element: (element, parent) => elements.push(`${parent}/${show(element)}`),
  });
  return { root, elements };
}

function failure(text: string): string | undefined {
  try {
    scanXml(text, 1, { element: () => undefined });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('scanXml(text, depth, handlers)', () => {
  it('scanXml() hands over each element at the depth, with its attributes, text and children, by local name', () => {
    expect(
      scanned(`\uFEFF<?xml version="1.0"?>\n<!-- a comment --><ns:list xmlns:ns="urn:x" ns:date="2026"><ns:item id="1">One<sub a='b'/></ns:item>\n<item id="2"/></ns:list>`),
    ).to.deep.equal({ root: 'list[date=2026]', elements: ['list/item[id=1](One){sub[a=b]}', 'list/item[id=2]'] });
  });

  it('scanXml() at depth 2 reports grandchildren with their parent, and nothing above them but the root', () => {
    expect(scanned('<a><b><c x="1">t</c><c/></b><d><e/></d></a>', 2).elements).to.deep.equal(['b/c[x=1](t)', 'b/c', 'd/e']);
  });

  it("scanXml() decodes XML's five entities and character references, and keeps CDATA as text", () => {
    expect(scanned('<r><i t="&lt;&amp;&quot;&apos;&gt;">&#x41;&#66; &amp; <![CDATA[<not> &markup;]]></i></r>').elements).to.deep.equal([
      `r/i[t=<&"'>](AB & <not> &markup;)`,
    ]);
  });

  it('scanXml() skips a DOCTYPE, its internal subset too, without expanding its entities', () => {
    expect(scanned('<!DOCTYPE r [<!ENTITY x "boom">]><r><i/></r>').elements).to.deep.equal(['r/i']);
    expect(failure('<!DOCTYPE r [<!ENTITY x "boom">]><r><i>&x;</i></r>')).to.equal("not valid XML: line 1: the entity '&x;' is not defined");
  });

  for (const [text, message] of [
    ['<r><i></r>', 'not valid XML: line 1: </r> closes <i>'],
    ['<r>\n<i>\n', 'not valid XML: line 3: <i> is not closed'],
    ['<r a=1/>', 'not valid XML: line 1: a malformed start tag (attributes must be name="value")'],
    ['<r>a & b</r>', "not valid XML: line 1: '&' is not an entity reference ('&' must be written '&amp;')"],
    ['<r>&#0;</r>', "not valid XML: line 1: '&#0;' is not a character"],
    ['<r/><s/>', 'not valid XML: line 1: a second root element'],
    ['text<r/>', 'not valid XML: line 1: text outside the root element'],
    ['<r><!-- open', 'not valid XML: line 1: a comment is not closed'],
    ['<r>< b</r>', "not valid XML: line 1: a '<' that starts no tag"],
    ['', 'not valid XML: line 1: no root element'],
  ] as const) {
    it(`scanXml() refuses ${JSON.stringify(text)}: ${message}`, () => {
      expect(failure(text)).to.equal(message);
    });
  }

  it('scanXml() stays linear on hostile input: a 2 MB unclosed attribute value, 100,000 unclosed tags', () => {
    const started = performance.now();
    expect(failure(`<r a="${'x'.repeat(2_000_000)}`)).to.match(/^not valid XML: /);
    expect(failure(`<r>${'<i>'.repeat(100_000)}`)).to.match(/^not valid XML: line 1: <i> is not closed/);
    expect(failure(`<r ${'a="1" '.repeat(100_000)}`)).to.match(/^not valid XML: /);
    expect(performance.now() - started).to.be.lessThan(2000);
  });
});
