/**
 * The school's logos, kept on this computer (utils/logo-db.ts) for the image checks,
 * which recognise the logo in a photo attached to a personal post.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { hashLogo } from '../../lib/images';
import { pixelsOf } from '../../utils/image-pixels';
import { addLogos, loadLogos, removeLogo, type StoredLogo } from '../../utils/logo-db';
import { logosVersionItem } from '../../utils/storage';

/** Tells the background the logos changed, so compose boxes compare photos with the new set. */
async function logosChanged(): Promise<void> {
  await logosVersionItem.setValue((await logosVersionItem.getValue()) + 1);
}

/** The logo's fingerprint, made once now rather than for every photo later. */
async function fingerprintOf(file: Blob): Promise<Pick<StoredLogo, 'fingerprint'>> {
  const pixels = await pixelsOf(file);
  return pixels ? { fingerprint: hashLogo(pixels) } : {};
}
import { useAnnouncer } from '../ui/announcer';
import { Section } from './fields';
import { readFileBytes } from './roster-files';

const TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const MAX_LOGOS = 20;
const THUMBNAIL = 128;

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

export function LogosSection() {
  const say = useAnnouncer('logos');
  const id = useId();
  const [logos, setLogos] = useState<StoredLogo[] | null>(null);
  const refresh = useCallback(async () => setLogos(await loadLogos().catch(() => [])), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const importFiles = async (files: File[]) => {
    const count = (logos?.length ?? 0) + files.length;
    if (count > MAX_LOGOS) return say.alert(`Not added: Post Check keeps up to ${MAX_LOGOS} logo images, and this would make ${count}.`);
    for (const file of files) {
      if (!TYPES.includes(file.type)) return say.alert(`Not added: ${file.name} isn't a PNG, JPEG, WebP or GIF image. No logos were added.`);
      if (file.size > MAX_LOGO_BYTES) return say.alert(`Not added: ${file.name} is larger than 5 MB. No logos were added.`);
    }
    try {
      const made: StoredLogo[] = [];
      for (const file of files) {
        const bytes = await readFileBytes(file, () => {});
        made.push({ id: newId(), name: file.name, type: file.type, bytes, addedAt: Date.now() + made.length, ...(await thumbnailOf(file)), ...(await fingerprintOf(file)) });
      }
      await addLogos(made);
      await logosChanged();
      await refresh();
      say.status(`Added ${files.length === 1 ? files[0]!.name : `${files.length} logo images`}.`);
    } catch {
      say.alert("Post Check couldn't save the logos. No logos were added.");
    }
  };

  const remove = async (logo: StoredLogo) => {
    await removeLogo(logo.id);
    await logosChanged();
    await refresh();
    say.status(`Removed ${logo.name}.`);
  };

  return (
    <Section
      id="logos"
      intro={<p className="hint">The policy says not to use the school logo or branding on personal accounts. Add the school's logos so Post Check can spot them in photos.</p>}
    >
      <div className="field">
        <label htmlFor={id}>Add logo images</label>
        <p className="hint" id={`${id}-hint`}>
          PNG, JPEG, WebP or GIF, up to 5 MB each. They stay on this computer.
        </p>
        <input
          id={id}
          type="file"
          multiple
          accept={TYPES.join(',')}
          data-testid="import-logo"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length > 0) void importFiles(files);
          }}
        />
      </div>
      {logos && logos.length === 0 && <p>No logos yet.</p>}
      {logos && logos.length > 0 && (
        <ul className="logos" data-testid="logo-list">
          {logos.map((logo) => (
            <LogoCard key={logo.id} logo={logo} onRemove={() => void remove(logo)} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function LogoCard({ logo, onRemove }: { logo: StoredLogo; onRemove(): void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const made = URL.createObjectURL(new Blob([logo.thumbnail ?? logo.bytes], { type: logo.thumbnail ? 'image/png' : logo.type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [logo]);
  return (
    <li>
      {url && <img src={url} alt={`Logo: ${logo.name}`} />}
      <span>{logo.name}</span>
      {logo.width && logo.height ? (
        <span className="hint block">
          {logo.width} × {logo.height} px
        </span>
      ) : null}
      <button type="button" className="link" onClick={onRemove}>
        Remove<span className="visually-hidden"> {logo.name}</span>
      </button>
    </li>
  );
}
