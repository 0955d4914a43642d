/** Renders settings sections as the settings page does, around the fake extension. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SettingsProvider } from '../../components/options/settings-context';
import { AnnouncerProvider } from '../../components/ui/announcer';

export async function renderSection(section: ReactElement, id: string) {
  const view = render(
    <AnnouncerProvider>
      <SettingsProvider fallback={<p>Loading</p>}>{section}</SettingsProvider>
    </AnnouncerProvider>,
  );
  const element = await screen.findByRole('region', { name: titleOf(id) });
  return { view, section: element, within: within(element) };
}

const TITLES: Record<string, string> = {
  school: 'School',
  accounts: 'Official accounts',
  disclaimer: 'Disclaimer',
  pupils: 'Pupils',
  staff: 'Staff',
  logos: 'Logos',
  rules: 'Checks',
  transfer: 'Import and export',
};

function titleOf(id: string): string {
  return TITLES[id]!;
}

export function fileOf(name: string, content: string | Uint8Array<ArrayBuffer>, type = 'text/csv'): File {
  return new File([content], name, { type });
}

/** A file of the sample school's test data (`tests/data/sample-school/`). */
export function corpusFile(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.resolve(process.cwd(), 'tests', 'data', 'sample-school', name)));
}
