import { DeriveError, deriveKnowledgeBase } from '../derive';
import type { DeriveWorkerReply, DeriveWorkerRequest } from './derive-runner';

/** Worker entry: derives one knowledge base per request, away from the options page's thread. */
self.addEventListener('message', (event: MessageEvent<DeriveWorkerRequest>) => {
  let reply: DeriveWorkerReply;
  try {
    reply = { ok: true, result: deriveKnowledgeBase(event.data) };
  } catch (error) {
    // A worker has no i18n API: a known problem goes back as its code, for the page to word.
    reply =
      error instanceof DeriveError
        ? { ok: false, error: error.message, problem: error.problem }
        : { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
