import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from '../../src/i18n/english';

export { englishMessages } from '../../src/i18n/english';

// Outside the extension there is no `i18n.getMessage`: tests get the English one, formatted the
// way the browser formats it. The shipped bundles carry no catalog.
Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string, substitutions?: string | string[]) =>
    englishMessage(name, substitutions === undefined ? [] : [substitutions].flat()),
});
