import {
  clearRecovered,
  readRecovered,
  serializeRecovered,
  watchRecovered,
  type RecoveredRecord,
} from '../settings';
import { download } from './download';
import { el, replaceChildren } from '../dom/el';
import { ui } from './ui-strings';

/**
 * Shows, inside `container`, a notice while damaged stored data is kept, with buttons to
 * export it and to dismiss it. Stops watching when `signal` aborts.
 */
export function mountRecoveredNotice(container: HTMLElement, signal: AbortSignal): void {
  const doc = container.ownerDocument;
  const render = (records: readonly RecoveredRecord[]) => {
    if (signal.aborted) return;
    if (records.length === 0) {
      replaceChildren(container, []);
      container.hidden = true;
      return;
    }
    const exportButton = el(doc, 'button', { type: 'button' }, [ui.noticeExport]);
    exportButton.addEventListener('click', () => {
      download(doc, 'seedlight-damaged-data.json', serializeRecovered(records));
    });
    const dismiss = el(doc, 'button', { type: 'button' }, [ui.noticeDismiss]);
    dismiss.addEventListener('click', () => void clearRecovered());
    replaceChildren(container, [
      el(doc, 'p', {}, [ui.noticeRecovered(records.length)]),
      el(doc, 'div', { class: 'actions' }, [exportButton, dismiss]),
    ]);
    container.hidden = false;
  };
  container.classList.add('notice');
  container.setAttribute('role', 'status');
  const unwatch = watchRecovered(render);
  signal.addEventListener('abort', unwatch, { once: true });
  void readRecovered().then(render);
}
