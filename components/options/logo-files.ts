/**
 * Logo images as the settings page keeps them (utils/logo-db.ts): the file, a
 * thumbnail and the fingerprint the image check compares photos with, made once here.
 * Shared by the Logos section and the settings file's import.
 */
import { hashLogo } from '../../lib/images';
import { pixelsOf } from '../../utils/image-pixels';
import type { StoredLogo } from '../../utils/logo-db';

const THUMBNAIL = 128;

/** The logo's fingerprint, made once now rather than for every photo later. */
async function fingerprintOf(file: Blob): Promise<Pick<StoredLogo, 'fingerprint'>> {
  const pixels = await pixelsOf(file);
  return pixels ? { fingerprint: hashLogo(pixels) } : {};
}

/** A small PNG of the image, where the browser can draw one; none in a test page. */
async function thumbnailOf(blob: Blob): Promise<Pick<StoredLogo, 'thumbnail' | 'width' | 'height'>> {
  if (typeof createImageBitmap === 'undefined' || typeof OffscreenCanvas === 'undefined') return {};
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, THUMBNAIL / Math.max(bitmap.width, bitmap.height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return { thumbnail: await png.arrayBuffer(), ...size };
  } catch {
    return {};
  }
}

function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A logo ready to keep, from its file's bytes. */
export async function storedLogoOf(name: string, type: string, bytes: ArrayBuffer, order = 0): Promise<StoredLogo> {
  const blob = new Blob([bytes], { type });
  return { id: newId(), name, type, bytes, addedAt: Date.now() + order, ...(await thumbnailOf(blob)), ...(await fingerprintOf(blob)) };
}
