import { expect } from '@open-wc/testing';
import { describeMedia, embedLink, mediaHref, readMedia } from '../../../src/model/media.js';
import { normalize } from '../../../src/model/normalize.js';

/** readMedia with the warnings it gave. */
function read(value: unknown) {
  const warnings: string[] = [];
  const media = readMedia(value, (field, message) => warnings.push(`${field}: ${message}`));
  return { media, warnings };
}

describe('describeMedia', () => {
  const cases: Array<[string, string, string]> = [
    ['https://www.youtube.com/watch?v=abc', 'video', 'YouTube'],
    ['https://youtu.be/abc', 'video', 'YouTube'],
    ['https://www.youtube-nocookie.com/embed/abc', 'video', 'YouTube'],
    ['https://vimeo.com/123', 'video', 'Vimeo'],
    ['https://player.vimeo.com/video/123', 'video', 'Vimeo'],
    ['https://twitter.com/a/status/1', 'post', 'X (Twitter)'],
    ['https://x.com/a/status/1', 'post', 'X (Twitter)'],
    ['https://www.instagram.com/p/abc/', 'post', 'Instagram'],
    ['https://t.me/RKadyrov_95/1', 'post', 'Telegram'],
    ['https://soundcloud.com/a/b', 'audio', 'SoundCloud'],
    ['https://www.documentcloud.org/documents/1-report', 'document', 'DocumentCloud'],
    ['https://www.osce.org/files/report.pdf', 'document', 'osce.org'],
    ['https://www.flickr.com/photos/a/1', 'photo', 'Flickr'],
    ['https://www.google.com/maps/place/Grozny/@43.3,45.7,12z', 'map', 'Google Maps'],
    ['https://example.org/clip.mp4', 'video', 'example.org'],
    ['https://example.org/talk.mp3', 'audio', 'example.org'],
    ['https://upload.wikimedia.org/a/b/Grozny.JPG', 'image', 'upload.wikimedia.org'],
    ['https://i.imgur.com/abc.png?x=1', 'image', 'i.imgur.com'],
    ['https://en.wikipedia.org/wiki/Chechnya', 'page', 'Wikipedia'],
    ['https://www.hrw.org/report/2017', 'page', 'hrw.org'],
  ];
  for (const [url, kind, provider] of cases) {
    it(`describeMedia('${url}') is ${kind} on ${provider}`, () => {
      expect(describeMedia(url)).to.deep.equal({ kind, provider });
    });
  }
});

describe('mediaHref', () => {
  it('mediaHref keeps http(s) URLs and references relative to the page', () => {
    expect(mediaHref('https://example.org/a.jpg')).to.equal('https://example.org/a.jpg');
    expect(mediaHref('images/a.jpg')).to.equal('images/a.jpg');
    expect(mediaHref('/media/a.jpg')).to.equal('/media/a.jpg');
    expect(mediaHref('//cdn.example.org/a.jpg')).to.equal('//cdn.example.org/a.jpg');
  });

  it('mediaHref refuses other schemes, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:x', 'data:image/png;base64,AAAA', 'file:///etc/passwd', '']) {
      expect(mediaHref(url), url).to.equal(undefined);
    }
  });
});

describe('embedLink', () => {
  it('embedLink gives the URL embed code points at: an iframe\'s src, a tweet\'s own link', () => {
    expect(embedLink('<iframe width="560" src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>')).to.equal('https://www.youtube.com/embed/abc');
    expect(embedLink('<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">May 1</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script>')).to.equal(
      'https://twitter.com/a/status/1',
    );
    expect(embedLink('<div>no link</div>')).to.equal(undefined);
    expect(embedLink('<iframe src="javascript:alert(1)"></iframe>')).to.equal(undefined);
  });
});

describe('readMedia', () => {
  it('readMedia({ url, caption, credit, alt, thumbnail }) keeps them, trimmed, with an href for each URL', () => {
    const { media, warnings } = read({ url: ' https://x.org/a.jpg ', caption: ' Cap ', credit: 'AP', alt: 'A man', thumbnail: 'https://x.org/t.jpg' });
    expect(media).to.deep.equal({ url: 'https://x.org/a.jpg', caption: 'Cap', credit: 'AP', alt: 'A man', href: 'https://x.org/a.jpg', thumbnail: 'https://x.org/t.jpg', thumbnailHref: 'https://x.org/t.jpg' });
    expect(warnings).to.deep.equal([]);
  });

  it('readMedia of a URL alone is { url }', () => {
    expect(read('https://x.org/a.jpg').media).to.deep.equal({ url: 'https://x.org/a.jpg', href: 'https://x.org/a.jpg' });
  });

  it('readMedia replaces embed code by the URL it points at, and never keeps the code', () => {
    const { media, warnings } = read({ url: '<iframe src="https://player.vimeo.com/video/1"></iframe>', caption: 'A film' });
    expect(media).to.deep.equal({ url: 'https://player.vimeo.com/video/1', caption: 'A film', href: 'https://player.vimeo.com/video/1' });
    expect(warnings).to.deep.equal([]);
  });

  it('readMedia leaves out embed code that links to nothing, with a warning', () => {
    expect(read({ url: '<div>nothing</div>' })).to.deep.equal({ media: undefined, warnings: ['media.url: media.url is embed code that links to nothing; left out'] });
  });

  it('readMedia keeps a javascript: URL as text without href, and a bad thumbnail without thumbnailHref, each with a warning', () => {
    const { media, warnings } = read({ url: 'javascript:alert(1)', thumbnail: 'data:image/png;base64,AA' });
    expect(media).to.deep.equal({ url: 'javascript:alert(1)', thumbnail: 'data:image/png;base64,AA' });
    expect(warnings).to.deep.equal([
      "media.url: media.url 'javascript:alert(1)' is not an http(s) URL; shown as plain text, not loaded or linked",
      "media.thumbnail: media.thumbnail 'data:image/png;base64,AA' is not an http(s) URL; not shown",
    ]);
  });

  it('readMedia reports what it cannot use: no url, a number, an unknown field', () => {
    expect(read({ caption: 'Cap' }).warnings).to.deep.equal(['media: media has no url; left out']);
    expect(read(5).warnings).to.deep.equal(['media: media must be { url, caption?, credit?, alt?, thumbnail? } or a URL, got a number; left out']);
    expect(read({ url: 'https://x.org/a.jpg', kind: 'image' }).warnings).to.deep.equal(["media.kind: unknown field 'media.kind' ignored"]);
  });

  it('normalize reads media as an event field: no unknown-field warning, drawn with the event', () => {
    const data = normalize([{ start: '2018', title: 'T', media: { url: 'https://x.org/a.jpg', alt: 'A' } }]);
    expect(data.problems).to.deep.equal([]);
    expect(data.events[0]!.media).to.deep.equal({ url: 'https://x.org/a.jpg', alt: 'A', href: 'https://x.org/a.jpg' });
  });
});
