/**
 * The logo worker: load as a module worker
 * (`new Worker(new URL('./logo-worker.ts', import.meta.url), { type: 'module' })`) and
 * send it LogoWorkerRequest messages; it answers each with a LogoWorkerResponse. Outside
 * a worker (tests, Node) importing it does nothing.
 */
import { handleLogoWorkerRequest } from './worker-protocol';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const scope = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' ? (self as unknown as WorkerScope) : undefined;

scope?.addEventListener('message', (event) => scope.postMessage(handleLogoWorkerRequest(event.data)));
