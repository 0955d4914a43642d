/**
 * The pure image core: recognising the school's logos in attached images.
 *
 *   const fingerprint = hashLogo(logoPixels);      // once, when a logo is added; store it
 *   const match = findLogo(photoPixels, [fingerprint, …]);   // per attached image
 *
 * Works on decoded RGBA pixels only (no DOM, canvas or Node API). The extension runs
 * findLogo in its background service worker, so a large photo never stalls typing.
 */
export type { LogoFingerprint, LogoMatch, RgbaImage } from './types';
export { hashLogo, thumbnailOf } from './fingerprint';
export { findLogo } from './find';
export { downsample } from './pixels';
export { hashDistance } from './dct';
