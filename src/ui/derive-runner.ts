import type { Problem } from '../kb/problem';
import type { DeriveInput, DeriveResult } from '../derive';
import { ui } from './ui-strings';

/** Runs a derivation away from the page's main thread; rejects with a readable message. */
export type DeriveRunner = (input: DeriveInput, signal: AbortSignal) => Promise<DeriveResult>;

export type DeriveWorkerReply =
  { ok: true; result: DeriveResult } | { ok: false; error: string; problem?: Problem };

/** Messages the worker answers; one request, one reply. */
export type DeriveWorkerRequest = DeriveInput;

/**
 * Derivation in a dedicated worker, so the options page stays responsive and can show progress
 * and cancel. Aborting terminates the worker.
 */
export function createWorkerDeriveRunner(createWorker: () => Worker): DeriveRunner {
  return (input, signal) =>
    new Promise<DeriveResult>((resolve, reject) => {
      if (signal.aborted) {
        reject(new DOMException('cancelled', 'AbortError'));
        return;
      }
      const worker = createWorker();
      const stop = () => {
        worker.terminate();
        reject(new DOMException('cancelled', 'AbortError'));
      };
      signal.addEventListener('abort', stop, { once: true });
      worker.addEventListener('message', (event: MessageEvent<DeriveWorkerReply>) => {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        if (event.data.ok) resolve(event.data.result);
        else
          reject(new Error(event.data.problem ? ui.problem(event.data.problem) : event.data.error));
      });
      worker.addEventListener('error', (event) => {
        signal.removeEventListener('abort', stop);
        worker.terminate();
        reject(new Error(event.message || ui.deriveStoppedUnexpectedly));
      });
      worker.postMessage(input satisfies DeriveWorkerRequest);
    });
}
