/**
 * Reads a pupil list away from the page, so a large export never freezes the settings
 * page while the progress bar is showing.
 */
import { importRoster, RosterError } from '../../lib/roster/import';

const scope = self as unknown as { onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null; postMessage(message: unknown): void };

// Assigned after the imports: papaparse sets its own `onmessage` when it finds itself in a worker.
scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, result: importRoster(event.data) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof RosterError ? error.message : 'Post Check could not read this file as a pupil list.' });
  }
};
