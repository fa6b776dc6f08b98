import { problemText } from '../i18n/problem-text';
import type { Problem } from '../kb/problem';
import { formatList, formatNumber, plural, t, type MessageKey } from '../i18n';
import type { Doubt, EntityType } from '../kb/schema';
import type { Density, HighlightStyle, SiteStatus } from '../settings';
import type { PopupReason } from './popup-state';
import type { SortKey } from './review/review-rows';

const count = (n: number, one: MessageKey, other: MessageKey) =>
  t(plural(n, one, other), formatNumber(n));

const SITE_STATUS: Record<Exclude<SiteStatus['reason'], 'denied'>, MessageKey> = {
  on: 'siteStatusOn',
  unsupported: 'siteStatusUnsupported',
  'off-everywhere': 'siteStatusOffEverywhere',
  'off-here': 'siteStatusOffHere',
  'not-allowed': 'siteStatusNotAllowed',
};

/** Every user-facing string of the extension pages, from browser.i18n (src/public/_locales). */
export const ui = {
  appName: t('extName'),

  /** An error reason (a problem code and its values) in words. */
  problem: (p: Problem) => problemText(p, t),

  typePlural: {
    person: t('typePluralPerson'),
    place: t('typePluralPlace'),
    organization: t('typePluralOrganization'),
    other: t('typePluralOther'),
  } satisfies Record<EntityType, string>,
  typeSingular: {
    person: t('typePerson'),
    place: t('typePlace'),
    organization: t('typeOrganization'),
    other: t('typeOther'),
  } satisfies Record<EntityType, string>,
  highlightStyle: {
    underline: t('highlightStyleUnderline'),
    background: t('highlightStyleBackground'),
    none: t('highlightStyleNone'),
  } satisfies Record<HighlightStyle, string>,
  density: {
    every: t('densityEvery'),
    calm: t('densityCalm'),
    first: t('densityFirst'),
  } satisfies Record<Density, string>,
  settingsDensityLegend: t('settingsDensityLegend'),
  densityHelp: t('densityHelp'),
  settingsHighlightDoubtful: t('settingsHighlightDoubtful'),

  mentionCount: (n: number) => count(n, 'mentionCountOne', 'mentionCountOther'),
  panelNewHeading: t('panelNewHeading'),
  panelNewHelp: t('panelNewHelp'),
  panelNewFind: t('panelNewFind'),
  panelNewFinding: t('panelNewFinding'),
  panelNewNone: t('panelNewNone'),
  panelNewFound: (n: number) => count(n, 'panelNewFoundOne', 'panelNewFoundOther'),
  panelNewFailed: (reason: string) => t('panelNewFailed', reason),
  panelNewTarget: t('panelNewTarget'),
  panelNewTargetNew: (title: string) => t('panelNewTargetNew', title),
  panelNewAdd: t('panelNewAdd'),
  panelNewAddLabel: (name: string, briefing: string) => t('panelNewAddLabel', name, briefing),
  panelNewAdded: (name: string, briefing: string) => t('panelNewAdded', name, briefing),
  panelNewAddFailed: (name: string, reason: string) => t('panelNewAddFailed', name, reason),
  panelNewMentions: (n: number) => t('panelNewMentions', formatNumber(n)),
  entityCount: (n: number) => count(n, 'entityCountOne', 'entityCountOther'),

  siteStatus(status: SiteStatus): string {
    return status.reason === 'denied'
      ? t('siteStatusDenied', status.pattern)
      : t(SITE_STATUS[status.reason]);
  },

  // Popup
  popupSiteSwitch: (host: string) => t('popupSiteSwitch', host),
  popupSiteSwitchNoHost: t('popupSiteSwitchNoHost'),
  popupGlobalSwitch: t('popupGlobalSwitch'),
  popupEntitiesHeading: t('popupEntitiesHeading'),
  popupNoContentScript: t('popupNoContentScript'),
  popupNoMentions: t('popupNoMentions'),
  popupEntityButton: (name: string, n: number) => t('popupEntityButton', name, formatNumber(n)),
  popupEntityHint: t('popupEntityHint'),
  popupMutedHeading: t('popupMutedHeading'),
  popupMutedItem: (name: string, n: number) => t('popupMutedItem', name, formatNumber(n)),
  unmuteButton: t('unmuteButton'),
  unmuteLabel: (name: string) => t('unmuteLabel', name),
  settingsMutedHeading: t('settingsMutedHeading'),
  settingsMutedNone: t('settingsMutedNone'),
  settingsMutedFrom: (name: string, briefing: string) => t('settingsMutedFrom', name, briefing),
  popupOpenSidePanel: t('popupOpenSidePanel'),
  popupOpenOptions: t('popupOpenOptions'),
  popupUsePage: t('popupUsePage'),
  popupCommandsHeading: t('popupCommandsHeading'),
  popupCommandUnset: t('popupCommandUnset'),
  popupShortcutsChrome: t('popupShortcutsChrome'),
  popupShortcutsFirefoxHelp: t('popupShortcutsFirefoxHelp'),
  popupOpenSidebar: t('popupOpenSidebar'),
  popupDensityLegend: t('popupDensityLegend'),
  popupDensity: {
    every: t('popupDensityEvery'),
    calm: t('popupDensityCalm'),
    first: t('popupDensityFirst'),
  } satisfies Record<Density, string>,
  popupEntityButtonNamed: (written: readonly string[], name: string, n: number) =>
    t('popupEntityButtonNamed', formatList(written), name, formatNumber(n)),
  popupWhy(reason: PopupReason): string {
    switch (reason.reason) {
      case 'off-everywhere':
        return t('popupWhyOffEverywhere');
      case 'off-here':
        return t('popupWhyOffHere');
      case 'denied':
        return t('popupWhyDenied', reason.pattern);
      case 'not-allowed':
        return t('popupWhyNotAllowed');
      case 'no-briefings':
        return t('popupWhyNoBriefings');
      case 'unreachable':
        return t('popupNoContentScript');
      default:
        return ui.siteStatus(reason);
    }
  },
  commandDescription: {
    'toggle-seedlight': t('cmdToggle'),
    'next-mention': t('popupCommandNext'),
    'previous-mention': t('popupCommandPrevious'),
  } as Record<string, string>,

  // Side panel
  panelHeading: t('panelHeading'),
  panelEmpty: t('panelEmpty'),
  panelUnavailable: t('panelUnavailable'),
  panelLoading: t('panelLoading'),
  panelGroupHeading: (type: EntityType, entities: number, mentions: number) =>
    t(
      'panelGroupHeading',
      ui.typePlural[type],
      ui.entityCount(entities),
      ui.mentionCount(mentions),
    ),
  panelMentionLabel: (name: string, index: number, total: number) =>
    t('panelMentionLabel', name, formatNumber(index), formatNumber(total)),

  // Recovered data notice
  noticeRecovered: (n: number) => count(n, 'noticeRecoveredOne', 'noticeRecoveredOther'),
  noticeExport: t('noticeExport'),
  noticeDismiss: t('noticeDismiss'),

  // Options: briefings
  optionsTitle: t('optionsTitle'),
  briefingsHeading: t('briefingsHeading'),
  briefingsIntro: t('briefingsIntro'),
  briefingBundled: t('briefingBundled'),
  briefingEnabled: (title: string) => t('briefingEnabled', title),
  briefingExport: (title: string) => t('briefingExport', title),
  briefingRemove: (title: string) => t('briefingRemove', title),
  briefingSummary: (entities: number) => ui.entityCount(entities),
  briefingsExportAll: t('briefingsExportAll'),
  briefingsImport: t('briefingsImport'),
  briefingsImported: (n: number) => count(n, 'briefingsImportedOne', 'briefingsImportedOther'),
  briefingsImportRefused: (file: string, reason: string) =>
    t('briefingsImportRefused', file, reason),
  briefingsNothingToExport: t('briefingsNothingToExport'),

  addHeading: t('addHeading'),
  addTitle: t('addTitle'),
  addText: t('addText'),
  addTextHelp: t('addTextHelp'),
  addFile: t('addFile'),
  addFileWrongType: t('addFileWrongType'),
  addUsePage: t('addUsePage'),
  addUsePageHelp: t('addUsePageHelp'),
  addUsePageLoading: t('addUsePageLoading'),
  addUsePageFailed: (reason: string) => t('addUsePageFailed', reason),
  addUsePageNoArticle: t('addUsePageNoArticle'),
  addUsePageNoTab: t('addUsePageNoTab'),
  addFileRead: (name: string) => t('addFileRead', name),
  addFileUnreadable: (name: string, reason: string) => t('addFileUnreadable', name, reason),
  addDerive: t('addDerive'),
  addCancel: t('addCancel'),
  addNeedsText: t('addNeedsText'),
  deriveStarted: (chars: number) => t('deriveStarted', formatNumber(chars)),
  deriveDone: (entities: number) => t('deriveDone', ui.entityCount(entities)),
  deriveFailed: (reason: string) => t('deriveFailed', reason),
  deriveCancelled: t('deriveCancelled'),
  deriveStoppedUnexpectedly: t('deriveStoppedUnexpectedly'),

  reviewHeading: t('reviewHeading'),
  reviewName: t('reviewName'),
  reviewType: t('reviewType'),
  reviewDescription: t('reviewDescription'),
  reviewAliases: (aliases: readonly string[]) => t('reviewAliases', formatList(aliases)),
  reviewMergeInto: t('reviewMergeInto'),
  reviewMergeChoose: t('reviewMergeChoose'),
  reviewMerge: t('reviewMerge'),
  reviewRemove: (name: string) => t('reviewRemove', name),
  reviewSave: t('reviewSave'),
  reviewDiscard: t('reviewDiscard'),
  reviewEmpty: t('reviewEmpty'),
  reviewSaved: (title: string) => t('reviewSaved', title),
  reviewInvalid: (reason: string) => t('reviewInvalid', reason),
  reviewWarnings: t('reviewWarnings'),
  reviewHeadingNew: (title: string) => t('reviewHeadingNew', title),
  reviewHeadingEdit: (title: string) => t('reviewHeadingEdit', title),
  reviewTextHeading: t('reviewTextHeading'),
  reviewTextHelp: t('reviewTextHelp'),
  reviewTableCaption: t('reviewTableCaption'),
  reviewFilter: t('reviewFilter'),
  reviewTypeFilter: t('reviewTypeFilter'),
  reviewTypeAll: t('reviewTypeAll'),
  reviewSort: t('reviewSort'),
  reviewSortBy: {
    salience: t('reviewSortSalience'),
    name: t('reviewSortName'),
    type: t('reviewSortType'),
  } satisfies Record<SortKey, string>,
  reviewFlaggedOnly: t('reviewFlaggedOnly'),
  reviewSelectAll: t('reviewSelectAll'),
  reviewSelectRow: (name: string) => t('reviewSelectRow', name),
  reviewColumnMentions: t('reviewColumnMentions'),
  reviewColumnAliases: t('reviewColumnAliases'),
  reviewColumnFlag: t('reviewColumnFlag'),
  reviewNameOf: (name: string) => t('reviewNameOf', name),
  reviewTypeOf: (name: string) => t('reviewTypeOf', name),
  reviewAliasesOf: (name: string) => t('reviewAliasesOf', name),
  reviewDescriptionOf: (name: string) => t('reviewDescriptionOf', name),
  reviewKeep: t('reviewKeep'),
  reviewKeepOf: (name: string) => t('reviewKeepOf', name),
  reviewRemoveSelected: t('reviewRemoveSelected'),
  reviewMergeSelected: t('reviewMergeSelected'),
  reviewMergeHelp: t('reviewMergeHelp'),
  reviewRetypeTo: t('reviewRetypeTo'),
  reviewKeepSelected: t('reviewKeepSelected'),
  reviewRemoveFlagged: (n: number) => t('reviewRemoveFlagged', formatNumber(n)),
  reviewUndo: t('reviewUndo'),
  reviewRedo: t('reviewRedo'),
  doubt: {
    'seen-once': t('doubtSeenOnce'),
    'structure-only': t('doubtStructureOnly'),
    'common-word': t('doubtCommonWord'),
    'type-guessed': t('doubtTypeGuessed'),
    ambiguous: t('doubtAmbiguous'),
  } satisfies Record<Doubt, string>,
  reviewDoubts: (doubts: readonly Doubt[]) => formatList(doubts.map((d) => ui.doubt[d])),
  reviewFlagged: (doubts: readonly Doubt[]) => t('reviewFlagged', ui.reviewDoubts(doubts)),
  reviewFlaggedCount: (n: number) => count(n, 'reviewFlaggedCountOne', 'reviewFlaggedCountOther'),
  reviewSelectedCount: (n: number) =>
    count(n, 'reviewSelectedCountOne', 'reviewSelectedCountOther'),
  reviewShownCount: (shown: number, total: number) =>
    t('reviewShownCount', formatNumber(shown), ui.entityCount(total)),
  reviewUnsaved: t('reviewUnsaved'),
  reviewNoRows: t('reviewNoRows'),
  reviewRemoved: (n: number) => count(n, 'reviewRemovedOne', 'reviewRemovedOther'),
  reviewMerged: (name: string) => t('reviewMerged', name),
  reviewRetyped: (type: EntityType) => t('reviewRetyped', ui.typeSingular[type]),
  reviewKept: t('reviewKept'),
  reviewUndone: t('reviewUndone'),
  reviewRedone: t('reviewRedone'),
  reviewShortcutsHeading: t('reviewShortcutsHeading'),
  reviewShortcuts: [
    t('reviewShortcutRows'),
    t('reviewShortcutSelect'),
    t('reviewShortcutEdit'),
    t('reviewShortcutRemove'),
    t('reviewShortcutMention'),
    t('reviewShortcutUndo'),
  ],
  reviewDraftOffer: (title: string, entities: number) =>
    t('reviewDraftOffer', title, ui.entityCount(entities)),
  reviewDraftResume: t('reviewDraftResume'),
  reviewDraftDiscard: t('reviewDraftDiscard'),
  reviewSavedEdit: (title: string) => t('reviewSavedEdit', title),
  briefingEdit: (title: string) => t('briefingEdit', title),
  briefingRemoved: (title: string) => t('briefingRemoved', title),
  briefingUndoRemove: t('briefingUndoRemove'),
  briefingRestored: (title: string) => t('briefingRestored', title),
  briefingsImportConflict: (file: string, ids: readonly string[]) =>
    t('briefingsImportConflict', file, formatList(ids)),
  briefingsImportReplace: t('briefingsImportReplace'),
  briefingsImportKeepBoth: t('briefingsImportKeepBoth'),
  briefingsImportCancel: t('briefingsImportCancel'),
  briefingsImportCancelled: t('briefingsImportCancelled'),
  editNotFound: (id: string) => t('editNotFound', id),
  editBundled: (title: string) => t('editBundled', title),
  addFromPage: (title: string, url: string) => t('addFromPage', title, url),
  addFromSelection: (title: string, url: string) => t('addFromSelection', title, url),
  addSelectionMissing: t('addSelectionMissing'),
  deriveStillRunning: (seconds: number) => t('deriveStillRunning', formatNumber(seconds)),

  // Options: settings
  settingsHeading: t('settingsHeading'),
  settingsEnabled: t('settingsEnabled'),
  settingsStyleLegend: t('settingsStyleLegend'),
  settingsStyleFor: (type: EntityType) => ui.typePlural[type],
  settingsShownLegend: t('settingsShownLegend'),
  sitesHeading: t('sitesHeading'),
  sitesAllow: t('sitesAllow'),
  sitesDeny: t('sitesDeny'),
  sitesHelp: t('sitesHelp'),
  sitesSave: t('sitesSave'),
  sitesSaved: t('sitesSaved'),
  sitesInvalid: (line: number, pattern: string, reason: string) =>
    t('sitesInvalid', String(line), pattern, reason),
  sitesDisabledHeading: t('sitesDisabledHeading'),
  sitesDisabledNone: t('sitesDisabledNone'),
  sitesTurnOn: (host: string) => t('sitesTurnOn', host),
} as const;
