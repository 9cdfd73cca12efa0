import { expect } from '@open-wc/testing';
import { decodeEntities, readHtml } from '../../../../src/model/formats/html-text.js';

describe('readHtml', () => {
  it('readHtml keeps paragraphs apart by a blank line and <br> as a line break', () => {
    expect(readHtml('<p>First  paragraph,\n wrapped.</p><p>Second<br>line two</p>').text).to.equal('First paragraph, wrapped.\n\nSecond\nline two');
  });

  it('readHtml writes list items on their own lines, with bullets or numbers', () => {
    expect(readHtml('<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>').text).to.equal('• one\n• two\n\n1. first\n2. second');
  });

  it('readHtml gives each <a href> with its words, entities decoded in both', () => {
    const { text, links } = readHtml('See <a href="https://x.org/a?b=1&amp;c=2">the <em>report</em></a> &amp; <a href=\'https://y.org\'>more</a>.');
    expect(text).to.equal('See the report & more.');
    expect(links).to.deep.equal([
      { href: 'https://x.org/a?b=1&c=2', text: 'the report' },
      { href: 'https://y.org', text: 'more' },
    ]);
  });

  it('readHtml drops <script>, <style> and <iframe> with their content, and keeps the iframe\'s src as an embed', () => {
    const { text, embeds } = readHtml('a<script>alert("x")</script>b<style>p{color:red}</style>c<iframe src="https://www.youtube.com/embed/abc">fallback</iframe>d');
    expect(text).to.equal('abcd');
    expect(embeds).to.deep.equal(['https://www.youtube.com/embed/abc']);
  });

  it('readHtml reads a tweet\'s embed code: its words and author as a quote, its own link last among the embeds', () => {
    const code =
      '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Pompeo, we accept the fight! <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Example Account (@example) <a href="https://twitter.com/example/status/1?ref_src=twsrc%5Etfw">July 20, 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>';
    const { quotes, embeds, text } = readHtml(code);
    expect(quotes).to.deep.equal([{ text: 'Pompeo, we accept the fight! pic.twitter.com/abc', by: 'Example Account (@example)' }]);
    expect(embeds.at(-1)).to.equal('https://twitter.com/example/status/1?ref_src=twsrc%5Etfw');
    expect(text).not.to.contain('widgets.js');
  });

  it('readHtml takes an Instagram blockquote\'s permalink and a <blockquote cite> as embeds', () => {
    expect(readHtml('<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"></blockquote>').embeds).to.deep.equal([
      'https://www.instagram.com/p/abc/',
    ]);
    expect(readHtml('<blockquote cite="https://www.tiktok.com/@a/video/1">x</blockquote>').embeds).to.deep.equal(['https://www.tiktok.com/@a/video/1']);
  });

  it('readHtml of a plain <blockquote> gives its words as a quote, without an author', () => {
    expect(readHtml('<blockquote>Chechnya will be a forbidden territory.</blockquote>').quotes).to.deep.equal([{ text: 'Chechnya will be a forbidden territory.' }]);
  });

  it('readHtml never lets a tag through as text: comments, doctypes, attributes with ">" and a tag cut off at the end', () => {
    const { text } = readHtml('<!doctype html><!-- a <b>comment</b> -->x<img alt="a > b" src=x onerror=alert(1)>y<a href="z');
    expect(text).to.equal('xy');
  });

  it('readHtml of plain text is the text, folded', () => {
    expect(readHtml('  just   words \n here ').text).to.equal('just words here');
  });
});

describe('decodeEntities', () => {
  it('decodeEntities decodes Latin-1 names in code-point order, typographic names and numbers', () => {
    expect(decodeEntities('&nbsp;&iexcl;&eacute;&Eacute;&yuml;&szlig;&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;&euro;&#8212;&#x41;')).to.equal(
      '\u00a0¡éÉÿß–—‘’“”…€—A',
    );
  });

  it('decodeEntities leaves unknown names and out-of-range numbers as written, and decodes once', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &amp;lt;')).to.equal('&bogus; &#0; &#x110000; &lt;');
  });
});

describe('readHtml on hostile markup', () => {
  /** Milliseconds `read` takes. */
  function timed(read: () => unknown): number {
    const start = performance.now();
    read();
    return performance.now() - start;
  }

  it('reads each character once: 10⁵ unclosed tags, unclosed quotes or nested blockquotes take milliseconds, not minutes', () => {
    expect(timed(() => readHtml('<a'.repeat(100_000))), '<a<a<a…').to.be.below(500);
    expect(timed(() => readHtml(`${'<a x="'.repeat(50_000)}>`)), '<a x="<a x="…>').to.be.below(500);
    expect(timed(() => readHtml('<blockquote>x'.repeat(30_000))), 'nested blockquotes').to.be.below(500);
    expect(timed(() => readHtml(`<script>${'<a '.repeat(100_000)}`)), 'an unclosed script').to.be.below(500);
    expect(timed(() => readHtml('a < b '.repeat(50_000))), 'lone "<"').to.be.below(500);
  });

  it('keeps a lone "<" as text and drops an unclosed script with all that follows', () => {
    expect(readHtml('1 < 2 and 3<4').text).to.equal('1 < 2 and 3<4');
    expect(readHtml('before<script>alert(1)').text).to.equal('before');
  });
});
