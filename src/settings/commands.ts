import type { SeedlightStore } from './store';

/** Keyboard command names, as declared in the manifest's `commands`. */
export const COMMANDS = {
  toggle: 'toggle-seedlight',
  next: 'next-mention',
  previous: 'previous-mention',
} as const;

/** The on/off command: flips Seedlight everywhere; open tabs follow through storage. */
export async function toggleSeedlight(store: SeedlightStore): Promise<boolean> {
  const settings = await store.settings.update((s) => ({ ...s, enabled: !s.enabled }));
  return settings.enabled;
}
