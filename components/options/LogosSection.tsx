/**
 * The school's logos, kept on this computer (utils/logo-db.ts) for the image checks,
 * which recognise the logo in a photo attached to a personal post.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { addLogos, loadLogos, removeLogo, type StoredLogo } from '../../utils/logo-db';
import { logosVersionItem } from '../../utils/storage';
import { reportProblem } from '../../utils/problems';
import { useAnnouncer } from '../ui/announcer';
import { StorageProblem } from '../ui/StorageProblem';
import { Section } from './fields';
import { storedLogoOf } from './logo-files';
import { readFileBytes } from './roster-files';

const TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const MAX_LOGOS = 20;

export function LogosSection() {
  const say = useAnnouncer('logos');
  const id = useId();
  const [logos, setLogos] = useState<StoredLogo[] | null>(null);
  /** The saved logos could not be read: said as such, never as "no logos". */
  const [unreadable, setUnreadable] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setLogos(await loadLogos());
      setUnreadable(false);
    } catch (error) {
      setUnreadable(true);
      void reportProblem('reading the logos', error);
    }
  }, []);
  useEffect(() => {
    void refresh();
    // A settings file brought logos with it, or another settings tab changed them.
    return logosVersionItem.watch(() => void refresh());
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
      for (const file of files) made.push(await storedLogoOf(file.name, file.type, await readFileBytes(file, () => {}), made.length));
      await addLogos(made);
      await refresh();
      say.status(`Added ${files.length === 1 ? files[0]!.name : `${files.length} logo images`}.`);
    } catch (error) {
      void reportProblem('adding logos', error);
      say.alert("Post Check couldn't save the logos. No logos were added.");
    }
  };

  const remove = async (logo: StoredLogo) => {
    try {
      await removeLogo(logo.id);
      await refresh();
      say.status(`Removed ${logo.name}.`);
    } catch (error) {
      void reportProblem('removing a logo', error);
      say.alert(`Post Check couldn't remove ${logo.name}. Try again.`);
    }
  };

  return (
    <Section
      id="logos"
      intro={
        <p className="hint">
          The policy says not to use the school logo or branding on personal accounts. Add the school's logos so Post Check can spot them in photos. They go in the
          settings file you export, so staff who import it have them too.
        </p>
      }
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
      {unreadable && <StorageProblem what="its saved logos" onRetry={() => void refresh()} />}
      {!unreadable && logos && logos.length === 0 && <p>No logos yet.</p>}
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
