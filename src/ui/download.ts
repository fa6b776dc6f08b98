import { el } from '../dom/el';

/** Offers a text as a file download, from an extension page. */
export function download(
  doc: Document,
  fileName: string,
  text: string,
  type = 'application/json',
): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = el(doc, 'a', { href: url, download: fileName, hidden: true });
  doc.body.appendChild(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}
