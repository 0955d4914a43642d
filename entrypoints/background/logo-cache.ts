/**
 * The school's logo fingerprints for the background's photo checks: loaded once, kept
 * in memory, reloaded when the logos change. A logo stored without a fingerprint (the
 * settings page could not decode it) is fingerprinted here from its bytes.
 */
import { hashLogo, type LogoFingerprint } from '../../lib/images';
import { pixelsOf } from '../../utils/image-pixels';
import { loadLogos } from '../../utils/logo-db';
import { logosVersionItem } from '../../utils/storage';

let current: Promise<LogoFingerprint[]> | null = null;

async function load(): Promise<LogoFingerprint[]> {
  const logos = await loadLogos();
  const fingerprints = await Promise.all(
    logos.map(async (logo) => {
      if (logo.fingerprint) return logo.fingerprint;
      const pixels = await pixelsOf(new Blob([logo.bytes], { type: logo.type }));
      return pixels ? hashLogo(pixels) : null;
    }),
  );
  return fingerprints.filter((f): f is LogoFingerprint => f !== null);
}

export function logoFingerprints(): Promise<LogoFingerprint[]> {
  if (!current) {
    current = load();
    current.catch(() => {
      current = null;
    });
  }
  return current;
}

export function watchLogos(): void {
  logosVersionItem.watch(() => {
    current = null;
  });
}
