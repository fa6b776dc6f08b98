import type { EntityType } from '../kb/schema';
import type { HighlightStyle, SiteStatus } from '../settings';

/** Every user-facing string of the extension pages, in one place so it can move to browser.i18n. */
export const ui = {
  appName: 'Seedlight',

  typePlural: {
    person: 'People',
    place: 'Places',
    organization: 'Organizations',
    other: 'Other',
  } satisfies Record<EntityType, string>,
  typeSingular: {
    person: 'Person',
    place: 'Place',
    organization: 'Organization',
    other: 'Other',
  } satisfies Record<EntityType, string>,
  highlightStyle: {
    underline: 'Underline',
    background: 'Background',
    none: 'None',
  } satisfies Record<HighlightStyle, string>,

  mentionCount: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  entityCount: (n: number) => (n === 1 ? '1 entity' : `${n} entities`),

  siteStatus(status: SiteStatus): string {
    switch (status.reason) {
      case 'on':
        return 'Seedlight is on for this page.';
      case 'unsupported':
        return 'Seedlight does not run on this kind of page.';
      case 'off-everywhere':
        return 'Seedlight is off everywhere.';
      case 'off-here':
        return 'Seedlight is off for this site.';
      case 'denied':
        return `Seedlight is off here: the deny list has "${status.pattern}" (see Options).`;
      case 'not-allowed':
        return 'Seedlight is off here: this site is not in the allow list (see Options).';
    }
  },

  // Popup
  popupSiteSwitch: (host: string) => `On for ${host}`,
  popupSiteSwitchNoHost: 'On for this site',
  popupGlobalSwitch: 'On everywhere',
  popupEntitiesHeading: 'On this page',
  popupNoContentScript: 'Seedlight cannot see this page (reload it, or it is a browser page).',
  popupNoMentions: 'No mentions of your briefings on this page.',
  popupEntityButton: (name: string, count: number) => `${name}, ${count}`,
  popupEntityHint: 'Jump to the first mention',
  popupOpenSidePanel: 'Open the side panel',
  popupOpenOptions: 'Options and briefings',
  popupUsePage: 'Make a briefing from this page',
  popupCommandsHeading: 'Keyboard commands',
  popupCommandUnset: 'not set',
  popupShortcutsChrome: 'Change shortcuts',
  popupShortcutsFirefoxHelp:
    'To change them: about:addons, then the gear menu, then Manage Extension Shortcuts.',
  commandDescription: {
    'toggle-seedlight': 'Turn Seedlight on or off',
    'next-mention': 'Next mention',
    'previous-mention': 'Previous mention',
  } as Record<string, string>,

  // Side panel
  panelHeading: 'Entities on this page',
  panelEmpty: 'No mentions of your briefings on this page.',
  panelUnavailable: 'Seedlight cannot see this tab (reload it, or it is a browser page).',
  panelLoading: 'Reading the page…',
  panelGroupHeading: (type: EntityType, entities: number, mentions: number) =>
    `${ui.typePlural[type]}: ${ui.entityCount(entities)}, ${ui.mentionCount(mentions)}`,
  panelMentionLabel: (name: string, index: number, total: number) =>
    `${name}, mention ${index} of ${total}: show on the page`,

  // Recovered data notice
  noticeRecovered: (count: number) =>
    count === 1
      ? 'Some stored Seedlight data was damaged and has been reset to defaults. The damaged data is kept: export it before dismissing this notice.'
      : `${count} stored Seedlight values were damaged and have been reset to defaults. The damaged data is kept: export it before dismissing this notice.`,
  noticeExport: 'Export the damaged data',
  noticeDismiss: 'Dismiss',

  // Options: briefings
  optionsTitle: 'Seedlight options',
  briefingsHeading: 'Briefings',
  briefingsIntro:
    'Seedlight highlights the entities of the briefings that are on. Add your own from a text, a file or an article.',
  briefingBundled: 'bundled',
  briefingEnabled: (title: string) => `Use “${title}”`,
  briefingExport: (title: string) => `Export “${title}”`,
  briefingRemove: (title: string) => `Remove “${title}”`,
  briefingSummary: (entities: number) => ui.entityCount(entities),
  briefingsExportAll: 'Export my briefings',
  briefingsImport: 'Import briefings (JSON)',
  briefingsImported: (n: number) => (n === 1 ? 'Imported 1 briefing.' : `Imported ${n} briefings.`),
  briefingsImportRefused: (file: string, reason: string) =>
    `“${file}” was not imported, nothing was changed: ${reason}.`,
  briefingsNothingToExport: 'You have no briefings of your own to export yet.',

  addHeading: 'Add a briefing',
  addTitle: 'Title',
  addText: 'Briefing text',
  addTextHelp: 'Paste a news article or notes in English.',
  addFile: 'Or choose a .txt or .md file',
  addUsePage: 'Use this page’s article',
  addUsePageHelp:
    'To use an article, open the Seedlight popup on its tab and choose “Make a briefing from this page”.',
  addUsePageLoading: 'Reading the article…',
  addUsePageFailed: (reason: string) => `The article could not be read: ${reason}.`,
  addUsePageNoArticle: 'no article was found on that page',
  addUsePageNoTab: 'the tab is closed or Seedlight cannot see it',
  addFileRead: (name: string) => `Read “${name}”.`,
  addFileUnreadable: (name: string, reason: string) => `“${name}” cannot be used: ${reason}.`,
  addDerive: 'Find entities',
  addCancel: 'Cancel',
  addNeedsText: 'Paste a text, choose a file or use an article first.',
  deriveStarted: (chars: number) => `Finding entities in ${chars.toLocaleString('en')} characters…`,
  deriveDone: (entities: number) =>
    `Found ${ui.entityCount(entities)}. Review them below, then save.`,
  deriveFailed: (reason: string) => `No briefing could be made: ${reason}`,
  deriveCancelled: 'Cancelled.',

  reviewHeading: 'Review the entities',
  reviewName: 'Name',
  reviewType: 'Type',
  reviewDescription: 'Description',
  reviewAliases: (aliases: readonly string[]) => `Also matches: ${aliases.join(', ')}`,
  reviewMergeInto: 'Merge into',
  reviewMergeChoose: 'Choose an entity…',
  reviewMerge: 'Merge',
  reviewRemove: (name: string) => `Remove ${name}`,
  reviewSave: 'Save briefing',
  reviewDiscard: 'Discard',
  reviewEmpty: 'No entities left. Discard, or start again with another text.',
  reviewSaved: (title: string) => `Saved “${title}”. Open tabs use it now.`,
  reviewInvalid: (reason: string) => `This briefing cannot be saved: ${reason}.`,
  reviewWarnings: 'Notes from the derivation:',

  // Options: settings
  settingsHeading: 'Highlighting',
  settingsEnabled: 'Seedlight is on everywhere',
  settingsFirstOnly: 'Highlight only the first mention of each entity',
  settingsStyleLegend: 'Highlight style',
  settingsStyleFor: (type: EntityType) => `${ui.typePlural[type]}`,
  settingsShownLegend: 'Show these types',
  sitesHeading: 'Sites',
  sitesAllow: 'Allow list: only run on these sites (one pattern a line; empty means everywhere)',
  sitesDeny: 'Deny list: never run on these sites (one pattern a line)',
  sitesHelp:
    'Patterns: example.com, *.example.com (with subdomains), example.com/path* (a path prefix).',
  sitesSave: 'Save site lists',
  sitesSaved: 'Site lists saved.',
  sitesInvalid: (line: number, pattern: string, reason: string) =>
    `Line ${line} (“${pattern}”): ${reason}. Nothing was saved.`,
  sitesDisabledHeading: 'Sites turned off from the popup',
  sitesDisabledNone: 'None.',
  sitesTurnOn: (host: string) => `Turn on ${host}`,
} as const;
