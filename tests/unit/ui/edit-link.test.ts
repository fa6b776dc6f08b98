import { expect, test } from 'vitest';
import { editLinkFromHash, editLinkHash } from '../../../src/ui/options/edit-link';

test.each([
  ['#edit=china&entity=xi-jinping', { kbId: 'china', entityId: 'xi-jinping' }],
  ['#edit=china', { kbId: 'china' }],
  ['edit=china&entity=', { kbId: 'china' }],
  ['#entity=xi', null],
  ['#edit=', null],
  ['', null],
  ['#edit=my%20notes&entity=a-b', { kbId: 'my notes', entityId: 'a-b' }],
])('editLinkFromHash(%j)', (hash, link) => {
  expect(editLinkFromHash(hash)).toEqual(link);
});

test.each([{ kbId: 'china', entityId: 'xi-jinping' }, { kbId: 'my notes' }])(
  'editLinkHash round-trips %j',
  (link) => {
    expect(editLinkFromHash(editLinkHash(link))).toEqual(link);
  },
);
