import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentController } from '../src/content/controller';
import { bundledKnowledgeBases } from '../src/kb/bundled';
import type { BackgroundRequest } from '../src/messages';
import { createSeedlightStore } from '../src/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = startContentController({
      doc: document,
      store: createSeedlightStore(),
      bundled: bundledKnowledgeBases,
      send,
      signal: ctx.signal,
    });
    const onMessage = (message: unknown) => controller.handle(message);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

function send(message: BackgroundRequest): void {
  // The background may be asleep or the extension reloading; a lost badge update is harmless.
  browser.runtime.sendMessage(message).catch(() => undefined);
}
