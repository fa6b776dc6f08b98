import '../src/annotate/highlights.css';
import '../src/popover/focus-mode.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentController } from '../src/content/controller';
import type { BackgroundRequest } from '../src/protocol';
import { loadCardBucket } from '../src/settings/page-index-store';
import { defineSettingsItem } from '../src/settings/store';

/**
 * How often an orphaned copy of this script checks that its extension still exists. Chromium does
 * not re-inject content scripts when the extension is updated, reloaded or disabled, so nothing
 * else would tell this copy to take its highlights down.
 */
export const INVALIDATION_CHECK_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: BackgroundRequest): void => {
      if (ctx.isInvalid) return;
      // The background may be asleep or restarting; a lost badge update is harmless.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    const controller = startContentController({
      doc: document,
      settings: defineSettingsItem(),
      loadBucket: loadCardBucket,
      send,
      request: (message) =>
        ctx.isInvalid
          ? Promise.reject(new Error('invalidated'))
          : browser.runtime.sendMessage(message),
      signal: ctx.signal,
    });
    const onMessage = (message: unknown) => controller.handle(message);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime?.onMessage.removeListener(onMessage));
    watchForInvalidation(ctx);
  },
});

function watchForInvalidation(ctx: ContentScriptContext): void {
  // Reading isInvalid is what notices a vanished extension and fires onInvalidated.
  const timer = setInterval(() => {
    if (ctx.isInvalid) clearInterval(timer);
  }, INVALIDATION_CHECK_MS);
}
