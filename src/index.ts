// The package: everything the bundle has, and the Russian texts to build translations on.
export * from './api.js';
export { RUSSIAN } from './strings/ru.js';
