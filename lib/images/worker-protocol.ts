/**
 * Messages between the extension and the logo worker (logo-worker.ts), so findLogo runs
 * off the page's main thread.
 *
 * Sending side, in outline (the page or offscreen document decodes the file):
 *
 *   const bitmap = await createImageBitmap(file, { resizeWidth, resizeHeight });  // ≤ 1024 px is plenty
 *   const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
 *   const context = canvas.getContext('2d')!; context.drawImage(bitmap, 0, 0);
 *   const { width, height, data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
 *   worker.postMessage({ type: 'find-logo', id, photo: { width, height, data }, logos }, [data.buffer]);
 *
 * Decoding at a reduced size keeps the transfer small: the matcher reduces every photo
 * to 256 px on its long side anyway. Transferring `data.buffer` avoids a copy.
 */
import { findLogo } from './find';
import { hashLogo } from './fingerprint';
import type { LogoFingerprint, LogoMatch, RgbaImage } from './types';

export type LogoWorkerRequest =
  /** Is one of `logos` in `photo`? */
  | { type: 'find-logo'; id: number; photo: RgbaImage; logos: LogoFingerprint[] }
  /** Fingerprint a logo being added in the settings. */
  | { type: 'hash-logo'; id: number; logo: RgbaImage };

export type LogoWorkerResponse =
  | { type: 'find-logo'; id: number; match: LogoMatch | null }
  | { type: 'hash-logo'; id: number; fingerprint: LogoFingerprint }
  /** The request was malformed or the work threw; `id` is -1 when the request had none. */
  | { type: 'error'; id: number; message: string };

function isRgbaImage(value: unknown): value is RgbaImage {
  if (typeof value !== 'object' || value === null) return false;
  const image = value as Partial<RgbaImage>;
  return typeof image.width === 'number' && typeof image.height === 'number' && (image.data instanceof Uint8ClampedArray || image.data instanceof Uint8Array);
}

export function isLogoWorkerRequest(value: unknown): value is LogoWorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  if (typeof request.id !== 'number') return false;
  if (request.type === 'find-logo') return isRgbaImage(request.photo) && Array.isArray(request.logos);
  if (request.type === 'hash-logo') return isRgbaImage(request.logo);
  return false;
}

/** Answers one request: what the worker does with each message (pure, so it is tested directly). */
export function handleLogoWorkerRequest(message: unknown): LogoWorkerResponse {
  const id = typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'number' ? (message as { id: number }).id : -1;
  if (!isLogoWorkerRequest(message)) return { type: 'error', id, message: 'Not a logo worker request.' };
  try {
    if (message.type === 'find-logo') return { type: 'find-logo', id, match: findLogo(message.photo, message.logos) };
    return { type: 'hash-logo', id, fingerprint: hashLogo(message.logo) };
  } catch (error) {
    return { type: 'error', id, message: error instanceof Error ? error.message : String(error) };
  }
}
