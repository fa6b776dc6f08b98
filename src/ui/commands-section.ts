import { el, replaceChildren } from '../dom/el';
import { ui } from './ui-strings';
import type { PagePlatform } from './platform';

/** The keyboard commands with their current shortcuts, and how to change them. */
export async function renderCommands(section: HTMLElement, platform: PagePlatform): Promise<void> {
  const doc = section.ownerDocument;
  const commands = await platform.commands();
  const list = el(
    doc,
    'ul',
    { class: 'commands' },
    commands.map((command) =>
      el(doc, 'li', {}, [
        el(doc, 'span', {}, [
          ui.commandDescription[command.name] ?? command.description ?? command.name,
        ]),
        ' ',
        command.shortcut
          ? el(doc, 'kbd', {}, [command.shortcut])
          : el(doc, 'span', { class: 'muted' }, [ui.popupCommandUnset]),
      ]),
    ),
  );
  let change: HTMLElement;
  if (platform.kind === 'chrome') {
    const button = el(doc, 'button', { type: 'button', class: 'link' }, [ui.popupShortcutsChrome]);
    button.addEventListener('click', () => void platform.openShortcutSettings());
    change = button;
  } else {
    change = el(doc, 'p', { class: 'muted' }, [ui.popupShortcutsFirefoxHelp]);
  }
  replaceChildren(section, [el(doc, 'h2', {}, [ui.popupCommandsHeading]), list, change]);
}
