import { messagesLocale, t, textDirection, type MessageKey } from './index';

/** The parts of a document that carry its language: structurally a `Document`. */
export interface LocalizablePage {
  title: string;
  documentElement: { lang: string; dir: string };
}

/**
 * Gives an extension page its translated title, and the language and direction of its messages,
 * so screen readers pronounce them right. The HTML's static `<title>` is only the first paint.
 */
export function localizePage(page: LocalizablePage, titleKey: MessageKey): void {
  page.title = t(titleKey);
  page.documentElement.lang = messagesLocale();
  page.documentElement.dir = textDirection();
}
