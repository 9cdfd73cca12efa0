// The one-file bundle for <script type="module">: the package without the Russian texts as an
// export, which the element loads from a chunk beside the bundle when a page is in Russian.
export * from './api.js';
