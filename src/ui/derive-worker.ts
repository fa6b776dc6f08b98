import { deriveKnowledgeBase } from '../derive';
import type { DeriveWorkerReply, DeriveWorkerRequest } from './derive-runner';

/** Worker entry: derives one knowledge base per request, away from the options page's thread. */
self.addEventListener('message', (event: MessageEvent<DeriveWorkerRequest>) => {
  let reply: DeriveWorkerReply;
  try {
    reply = { ok: true, result: deriveKnowledgeBase(event.data) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
});
