import { expect } from '@open-wc/testing';
import { plainText } from '../../../../src/model/formats/plain-text.js';

describe('plainText', () => {
  it("plainText('<p>Report <b>published</b></p>') drops tags", () => {
    expect(plainText('<p>Report <b>published</b></p>')).to.equal('Report published');
  });

  it('plainText keeps words apart where block tags and <br> separated them', () => {
    expect(plainText('<p>One</p><p>Two</p>line<br>break<div>div</div><li>a</li><li>b</li>')).to.equal(
      'One Two line break div a b',
    );
    expect(plainText('<h2>Head</h2>text<p>para')).to.equal('Head text para');
    expect(plainText('in<b>line</b> <i>tags</i>')).to.equal('inline tags');
  });

  it('plainText decodes named, decimal and hex entities', () => {
    expect(plainText('Tom &amp; Jerry &lt;3 &quot;q&quot; &apos;a&apos; &#8212; &#x41;&#X42;')).to.equal(
      'Tom & Jerry <3 "q" \'a\' — AB',
    );
  });

  it('plainText decodes once: &amp;lt; becomes the text &lt;, not <', () => {
    expect(plainText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
  });

  it('plainText leaves unknown and invalid entities as written', () => {
    expect(plainText('&bogus; &#0; &#x110000;')).to.equal('&bogus; &#0; &#x110000;');
  });

  it("plainText('<script>…</script><img onerror>') is empty: scripts go with their code, no tag survives", () => {
    const text = plainText('<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"><style>p{}</style>');
    expect(text).to.equal('');
  });

  it('plainText decodes the Latin-1 and typographic entities editors write', () => {
    expect(plainText('Caf&eacute; &Eacute;mile &ndash; &ldquo;q&rdquo; &euro;5 &hellip;')).to.equal('Café Émile – “q” €5 …');
  });

  it('plainText folds white space, including &nbsp;, and trims', () => {
    expect(plainText('  a \n\t b&nbsp;&nbsp;c  ')).to.equal('a b c');
  });

  it('plainText(5) is "5"; plainText of anything else that is not text is empty', () => {
    expect(plainText(5)).to.equal('5');
    expect(plainText(undefined)).to.equal('');
    expect(plainText({ a: 1 })).to.equal('');
  });
});
