import { existsSync } from 'node:fs';

export type BrowserKind = 'chromium' | 'firefox';

interface BrowserInstall {
  env: string;
  defaultPath: string;
  installCommand: string;
}

const INSTALLS: Record<BrowserKind, BrowserInstall> = {
  chromium: {
    env: 'SEEDLIGHT_CHROMIUM',
    defaultPath: '/usr/bin/chromium',
    installCommand: 'sudo apt-get install -y chromium',
  },
  firefox: {
    env: 'SEEDLIGHT_FIREFOX',
    defaultPath: '/usr/bin/firefox-esr',
    installCommand: 'sudo apt-get install -y firefox-esr',
  },
};

/** The browser's executable, or an Error that tells the reader the exact command to install it. */
export function browserExecutable(kind: BrowserKind): string {
  const install = INSTALLS[kind];
  const executable = process.env[install.env] ?? install.defaultPath;
  if (!existsSync(executable)) {
    throw new Error(
      `${kind} not found at ${executable}. Install it with:\n\n  ${install.installCommand}\n\n` +
        `or point ${install.env} at an existing ${kind} executable.`,
    );
  }
  return executable;
}
