import { ENTITY_TYPES } from '../../kb/schema';
import {
  checkSitePattern,
  DENSITIES,
  HIGHLIGHT_STYLES,
  normalizeSitePattern,
  unmuteEntities,
  withSiteEnabled,
  type HighlightStyle,
  type SeedlightStore,
  type Settings,
} from '../../settings';
import { el, replaceChildren } from '../../dom/el';
import { ui } from '../ui-strings';

export interface SettingsFormOptions {
  section: HTMLElement;
  store: SeedlightStore;
  signal: AbortSignal;
}

/** Patterns from a textarea, one a line, or the first line's problem. */
export function parsePatternLines(
  text: string,
): { ok: true; patterns: string[] } | { ok: false; error: string } {
  const patterns: string[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const reason = checkSitePattern(line);
    if (reason)
      return { ok: false, error: ui.sitesInvalid(index + 1, line.trim(), ui.problem(reason)) };
    patterns.push(normalizeSitePattern(line));
  }
  return { ok: true, patterns: [...new Set(patterns)] };
}

function isHighlightStyle(value: string): value is HighlightStyle {
  return (HIGHLIGHT_STYLES as readonly string[]).includes(value);
}

/** Highlighting and site settings; every change is stored at once and reaches open tabs. */
export function mountSettingsForm(options: SettingsFormOptions): void {
  const { section, store, signal } = options;
  const doc = section.ownerDocument;
  const update = (change: (s: Settings) => Settings) => void store.settings.update(change);

  const enabled = el(doc, 'input', { type: 'checkbox', id: 'settings-enabled', role: 'switch' });
  // Each handler reads its control at once: a re-render may reset it before the update runs.
  enabled.addEventListener('change', () => {
    const on = enabled.checked;
    update((s) => ({ ...s, enabled: on }));
  });
  const densities = DENSITIES.map((density) => {
    const radio = el(doc, 'input', {
      type: 'radio',
      name: 'settings-density',
      id: `density-${density}`,
      value: density,
    });
    radio.addEventListener('change', () => {
      if (radio.checked) update((s) => ({ ...s, density }));
    });
    return { density, radio };
  });
  const doubtful = el(doc, 'input', { type: 'checkbox', id: 'settings-highlight-doubtful' });
  doubtful.addEventListener('change', () => {
    const on = doubtful.checked;
    update((s) => ({ ...s, highlightDoubtful: on }));
  });

  const styles = ENTITY_TYPES.map((type) => {
    const select = el(
      doc,
      'select',
      { id: `style-${type}` },
      HIGHLIGHT_STYLES.map((style) =>
        el(doc, 'option', { value: style }, [ui.highlightStyle[style]]),
      ),
    );
    select.addEventListener('change', () => {
      const value = select.value;
      if (isHighlightStyle(value)) {
        update((s) => ({ ...s, highlightStyle: { ...s.highlightStyle, [type]: value } }));
      }
    });
    return { type, select };
  });

  const shown = ENTITY_TYPES.map((type) => {
    const box = el(doc, 'input', { type: 'checkbox', id: `shown-${type}` });
    box.addEventListener('change', () => {
      const on = box.checked;
      update((s) => ({
        ...s,
        shownTypes: ENTITY_TYPES.filter((t) => (t === type ? on : s.shownTypes.includes(t))),
      }));
    });
    return { type, box };
  });

  const allow = el(doc, 'textarea', {
    id: 'sites-allow',
    rows: 4,
    spellcheck: 'false',
    'aria-describedby': 'sites-help',
  });
  const deny = el(doc, 'textarea', {
    id: 'sites-deny',
    rows: 4,
    spellcheck: 'false',
    'aria-describedby': 'sites-help',
  });
  const saveSites = el(doc, 'button', { type: 'button', id: 'sites-save' }, [ui.sitesSave]);
  const sitesMessage = el(doc, 'p', { role: 'alert', class: 'message', id: 'sites-message' });
  saveSites.addEventListener('click', () => {
    const allowed = parsePatternLines(allow.value);
    const denied = parsePatternLines(deny.value);
    const problem = !allowed.ok ? allowed.error : !denied.ok ? denied.error : null;
    if (problem || !allowed.ok || !denied.ok) {
      sitesMessage.textContent = problem ?? '';
      return;
    }
    void store.settings
      .update((s) => ({ ...s, allow: allowed.patterns, deny: denied.patterns }))
      .then(() => {
        sitesMessage.textContent = ui.sitesSaved;
      });
  });
  const disabledList = el(doc, 'ul', { class: 'disabled-sites' });
  const mutedList = el(doc, 'ul', { class: 'muted-entities', id: 'muted-entities' });

  const render = (settings: Settings) => {
    enabled.checked = settings.enabled;
    for (const { density, radio } of densities) radio.checked = settings.density === density;
    doubtful.checked = settings.highlightDoubtful;
    for (const { type, select } of styles) select.value = settings.highlightStyle[type];
    for (const { type, box } of shown) box.checked = settings.shownTypes.includes(type);
    // Do not overwrite what the reader is typing.
    if (doc.activeElement !== allow) allow.value = settings.allow.join('\n');
    if (doc.activeElement !== deny) deny.value = settings.deny.join('\n');
    replaceChildren(
      disabledList,
      settings.disabledSites.length === 0
        ? [el(doc, 'li', { class: 'muted' }, [ui.sitesDisabledNone])]
        : settings.disabledSites.map((host) => {
            const turnOn = el(doc, 'button', { type: 'button' }, [ui.sitesTurnOn(host)]);
            turnOn.addEventListener('click', () => update((s) => withSiteEnabled(s, host, true)));
            return el(doc, 'li', {}, [turnOn]);
          }),
    );
    replaceChildren(
      mutedList,
      settings.muted.length === 0
        ? [el(doc, 'li', { class: 'muted' }, [ui.settingsMutedNone])]
        : settings.muted.map((entity) => {
            const again = el(
              doc,
              'button',
              { type: 'button', 'aria-label': ui.unmuteLabel(entity.name) },
              [ui.unmuteButton],
            );
            again.addEventListener('click', () => update((s) => unmuteEntities(s, [entity])));
            return el(doc, 'li', {}, [el(doc, 'span', {}, [entity.name]), ' ', again]);
          }),
    );
  };

  replaceChildren(section, [
    el(doc, 'h2', {}, [ui.settingsHeading]),
    el(doc, 'div', { class: 'switch' }, [
      enabled,
      el(doc, 'label', { for: enabled.id }, [ui.settingsEnabled]),
    ]),
    el(doc, 'fieldset', { 'aria-describedby': 'density-help' }, [
      el(doc, 'legend', {}, [ui.settingsDensityLegend]),
      ...densities.map(({ density, radio }) =>
        el(doc, 'div', { class: 'switch' }, [
          radio,
          el(doc, 'label', { for: radio.id }, [ui.density[density]]),
        ]),
      ),
      el(doc, 'p', { class: 'muted', id: 'density-help' }, [ui.densityHelp]),
    ]),
    el(doc, 'div', { class: 'switch' }, [
      doubtful,
      el(doc, 'label', { for: doubtful.id }, [ui.settingsHighlightDoubtful]),
    ]),
    el(doc, 'fieldset', {}, [
      el(doc, 'legend', {}, [ui.settingsStyleLegend]),
      ...styles.map(({ type, select }) =>
        el(doc, 'div', { class: 'field inline' }, [
          el(doc, 'label', { for: select.id }, [ui.settingsStyleFor(type)]),
          select,
        ]),
      ),
    ]),
    el(doc, 'fieldset', {}, [
      el(doc, 'legend', {}, [ui.settingsShownLegend]),
      ...shown.map(({ type, box }) =>
        el(doc, 'div', { class: 'switch' }, [
          box,
          el(doc, 'label', { for: box.id }, [ui.typePlural[type]]),
        ]),
      ),
    ]),
    el(doc, 'h2', {}, [ui.sitesHeading]),
    el(doc, 'p', { class: 'muted', id: 'sites-help' }, [ui.sitesHelp]),
    el(doc, 'div', { class: 'field wide' }, [
      el(doc, 'label', { for: allow.id }, [ui.sitesAllow]),
      allow,
    ]),
    el(doc, 'div', { class: 'field wide' }, [
      el(doc, 'label', { for: deny.id }, [ui.sitesDeny]),
      deny,
    ]),
    el(doc, 'div', { class: 'actions' }, [saveSites]),
    sitesMessage,
    el(doc, 'h3', {}, [ui.sitesDisabledHeading]),
    disabledList,
    el(doc, 'h2', {}, [ui.settingsMutedHeading]),
    mutedList,
  ]);
  const unwatch = store.settings.watch(render);
  signal.addEventListener('abort', unwatch, { once: true });
  void store.settings.getValue().then(render);
}
