/**
 * Decoding an image file to pixels for the logo check, in the browser. The browser
 * decodes and shrinks it (`createImageBitmap` with a target size works off the page's
 * main thread), so a 12-megapixel photo never stalls typing; the check itself needs
 * no more than a few hundred pixels a side.
 */
import type { RgbaImage } from '../lib/images';

/** The longest side the logo check looks at. */
const CHECK_SIDE = 512;

export async function pixelsOf(blob: Blob, maxSide = CHECK_SIDE): Promise<RgbaImage | null> {
  if (typeof createImageBitmap === 'undefined' || typeof OffscreenCanvas === 'undefined') return null;
  try {
    const probe = await createImageBitmap(blob);
    const scale = Math.min(1, maxSide / Math.max(probe.width, probe.height));
    const width = Math.max(1, Math.round(probe.width * scale));
    const height = Math.max(1, Math.round(probe.height * scale));
    probe.close();
    const bitmap = await createImageBitmap(blob, { resizeWidth: width, resizeHeight: height, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    bitmap.close();
    return { width, height, data: context.getImageData(0, 0, width, height).data };
  } catch {
    return null;
  }
}
