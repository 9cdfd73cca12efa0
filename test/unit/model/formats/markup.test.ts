import { expect } from '@open-wc/testing';
import { fromMarkup } from '../../../../src/model/formats/markup.js';

/** The items read from an <ol> written as `items`. */
function read(items: string): Array<Record<string, unknown>> {
  const root = document.createElement('div');
  const list = document.createElement('ol');
  // Test input of our own, parsed by the test page's DOM (the reader itself parses nothing).
  list.innerHTML = items;
  root.append(list);
  return fromMarkup(root) as Array<Record<string, unknown>>;
}

const titles = (items: string) => read(items).map((item) => item.title);

describe('fromMarkup', () => {
  it('a link inside the sentence keeps its words in the title, and is a source too', () => {
    const [item] = read('<li><time datetime="2018-12-20">20 Dec 2018</time> <a href="https://example.org/report">Report</a> published</li>');
    expect(item!.title).to.equal('Report published');
    expect(item!.sources).to.deep.equal([{ url: 'https://example.org/report', title: 'Report' }]);
  });

  it('links in the middle or at the end of the sentence stay in it: "Kadyrov threatens rights defenders"', () => {
    expect(titles('<li><time>2018-08-23</time>: Kadyrov <a href="https://x.org/a">threatens</a> rights defenders</li>')).to.deep.equal(['Kadyrov threatens rights defenders']);
    expect(titles('<li><time>2018-08-23</time>: HRW publishes <a href="https://x.org/a">its report</a>.</li>')).to.deep.equal(['HRW publishes its report.']);
  });

  it('a link set apart at the end, after a dash or pipe or in brackets, is a citation: a source, not part of the title', () => {
    expect(
      titles(`
        <li><time>2017-12-20</time>: U.S. Treasury designates Kadyrov — <a href="https://x.org/a">OFAC</a></li>
        <li><time>2017-12-20</time>: U.S. Treasury designates Kadyrov (<a href="https://x.org/a">OFAC</a>, <a href="https://x.org/b">RFE/RL</a>).</li>
        <li><time>2017-12-20</time>: U.S. Treasury designates Kadyrov | <a href="https://x.org/a">OFAC</a></li>
        <li><time>2017-12-20</time> – <a href="https://x.org/a">Treasury designates Kadyrov</a></li>`),
    ).to.deep.equal(['U.S. Treasury designates Kadyrov', 'U.S. Treasury designates Kadyrov', 'U.S. Treasury designates Kadyrov', 'Treasury designates Kadyrov']);
  });

  it('a title element still wins, and links in <p> never reach the title', () => {
    expect(titles('<li><time>2018</time> <strong>The title</strong> <p>Summary with <a href="https://x.org">a link</a>.</p> <a href="https://x.org/b">Source</a></li>')).to.deep.equal(['The title']);
  });

  it('an <img> (in a <figure> with its <figcaption>) is the media: src resolved against the page, alt and caption', () => {
    const [item] = read('<li><time>2018</time> The square <figure><img src="media/square.jpg" alt="A square with people"><figcaption>Grozny, 2018</figcaption></figure></li>');
    expect(item!.title).to.equal('The square');
    expect(item!.media).to.deep.equal({ url: new URL('media/square.jpg', document.baseURI).href, alt: 'A square with people', caption: 'Grozny, 2018' });
  });
});
