import { expect, test } from 'vitest';
import { localizePage } from '../../../src/i18n/localize-page';

test.each([
  ['optionsTitle', 'Seedlight options'],
  ['panelTitle', 'Seedlight: this page'],
  ['sourceDefaultTitle', 'Seedlight – source'],
] as const)('localizePage(%s) titles the page and states its language', (key, title) => {
  const page = { title: '__MSG_x__', documentElement: { lang: '', dir: '' } };
  localizePage(page, key);
  expect(page).toEqual({ title, documentElement: { lang: 'en', dir: 'ltr' } });
});
