/** Reading a chosen pupil list: the file's bytes with progress, then the list, parsed in a worker where there is one. */
import { importRoster, RosterError, type RosterImport } from '../../lib/roster/import';

export type RosterParse = { ok: true; result: RosterImport } | { ok: false; message: string };

/** Larger than any school's export by far; refuse before reading it into memory. */
export const MAX_ROSTER_BYTES = 50 * 1024 * 1024;

export function readFileBytes(file: Blob, onProgress: (fraction: number) => void): Promise<ArrayBuffer> {
  if (typeof FileReader === 'undefined') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file);
  });
}

function parseHere(bytes: ArrayBuffer): RosterParse {
  try {
    return { ok: true, result: importRoster(bytes) };
  } catch (error) {
    return { ok: false, message: error instanceof RosterError ? error.message : 'Post Check could not read this file as a pupil list.' };
  }
}

export function parseRoster(bytes: ArrayBuffer): Promise<RosterParse> {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') return Promise.resolve(parseHere(bytes));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./roster-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(parseHere(bytes));
      return;
    }
    worker.onmessage = (event: MessageEvent<RosterParse>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseHere(bytes));
    };
    worker.postMessage(bytes);
  });
}

/** A few made-up pupils in the shape of a SIMS export, for "download a sample file". */
export const SAMPLE_PUPIL_CSV = [
  'Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Media Consent',
  'Penrose,Jowan,,Year 6,6F,Y',
  'Okafor,Grace,,Year 6,6F,Y',
  'Trebilcock,William,Will,Year 6,6F,Y',
  'MacLeod,Callum,,Year 6,6F,N',
  'Kessell,Ruby,,Year 3,3C,Y',
  '',
].join('\r\n');

/** Starts a download of a file made on this page (nothing is fetched). */
export function downloadFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
