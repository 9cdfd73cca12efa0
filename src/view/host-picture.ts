import type { SrcState } from '../state/load-state.js';
import type { Scene } from '../state/scene.js';
import { drawPicture, type Picture } from './picture.js';

/**
 * The picture of what `host` draws now, with its theme: every colour resolved as the browser
 * computes it inside the host (custom properties, `light-dark()`, the reader's colour scheme), and
 * the host's font. The credit names the data's URL by origin and path: `src` (each of its URLs) when it was loaded, else the page's.
 */
export function hostPicture(scene: Scene, host: HTMLElement, load: SrcState): Picture {
  const style = getComputedStyle(host);
  // A probe inside the shadow root inherits the theme; it is there only while colours are read.
  const probe = document.createElement('span');
  (host.shadowRoot ?? host).append(probe);
  const probeStyle = getComputedStyle(probe);
  const resolve = (css: string) => {
    probe.style.removeProperty('color');
    probe.style.setProperty('color', css);
    return probeStyle.color;
  };
  // Origin and path only: a query, a fragment or a user name may hold a token (a CMS preview's
  // `?preview_token=…`) that a published picture must not.
  const bare = (text: string) => {
    const url = new URL(text, document.baseURI);
    [url.username, url.password, url.search, url.hash] = ['', '', '', ''];
    return url.href;
  };
  const source = load.status === 'loaded' ? load.url.split(/\s+/).filter(Boolean).map(bare).join(' ') : bare(document.URL);
  try {
    return drawPicture(scene, { resolve, fontFamily: style.fontFamily, fontSize: parseFloat(style.fontSize) || 13, source });
  } finally {
    probe.remove();
  }
}
