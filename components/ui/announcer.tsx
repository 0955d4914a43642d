/**
 * Results and errors on the settings page. There is one `role="status"` and one
 * `role="alert"` on the page at a time, shown in the section the user just acted in,
 * so a screen reader hears each result once and a test finds exactly one of each.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Announcement {
  section: string;
  kind: 'status' | 'alert';
  text: string;
  /** A button beside a result: "Undo" after a save. */
  action?: { label: string; run(): void };
  /** Bumped for every announcement, so the same words said twice are said again. */
  serial: number;
}

interface Announcer {
  current: Announcement | null;
  announce(section: string, kind: Announcement['kind'], text: string, action?: Announcement['action']): void;
  clear(section: string): void;
}

const AnnouncerContext = createContext<Announcer | null>(null);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Announcement | null>(null);
  const announce = useCallback((section: string, kind: Announcement['kind'], text: string, action?: Announcement['action']) => {
    setCurrent((previous) => ({ section, kind, text, ...(action ? { action } : {}), serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const clear = useCallback((section: string) => {
    setCurrent((previous) => (previous?.section === section ? null : previous));
  }, []);
  const value = useMemo(() => ({ current, announce, clear }), [current, announce, clear]);
  return <AnnouncerContext.Provider value={value}>{children}</AnnouncerContext.Provider>;
}

/** `say('status', 'Saved.')` / `say('alert', '…')` for one section. */
export function useAnnouncer(section: string) {
  const context = useContext(AnnouncerContext);
  if (!context) throw new Error('useAnnouncer needs an AnnouncerProvider');
  const { announce, clear } = context;
  return useMemo(
    () => ({
      status: (text: string, action?: Announcement['action']) => announce(section, 'status', text, action),
      alert: (text: string) => announce(section, 'alert', text),
      clear: () => clear(section),
    }),
    [announce, clear, section],
  );
}

/** Where a section's result or error appears. */
export function Announcements({ section }: { section: string }) {
  const context = useContext(AnnouncerContext);
  const current = context?.current;
  if (!current || current.section !== section) return null;
  return current.kind === 'alert' ? (
    <p role="alert" className="notice error" key={current.serial}>
      {current.text}
    </p>
  ) : (
    <div className="notice ok saved" key={current.serial}>
      <p role="status">{current.text}</p>
      {current.action && (
        <button type="button" className="secondary" onClick={current.action.run}>
          {current.action.label}
        </button>
      )}
    </div>
  );
}
