/**
 * `npm start`: opens the bundled demo article in Chromium with the freshly built extension, writes a
 * screenshot of the highlighted page with a card open, and prints the entities found. Headless
 * without a display (and then exits); headed with one, until the window is closed or Ctrl+C.
 */
import path from 'node:path';
import {
  ARTIFACTS,
  hover,
  launch,
  screenshot,
  settledMentions,
  shownCard,
  startStaticServer,
  type ExtensionBrowser,
  type Mention,
} from '../tests/e2e/harness';

const DEMO_PAGE = 'demo/article.html';
const SCREENSHOT = path.join(ARTIFACTS, 'demo.png');
const HOVERED = 'Xi Jinping';

interface EntityCount {
  name: string;
  type: string;
  count: number;
}

/** Entities by how often they are mentioned, then by first appearance. */
function countEntities(mentions: readonly (Mention & { type?: string })[]): EntityCount[] {
  const counts = new Map<string, EntityCount>();
  for (const m of mentions) {
    const entry = counts.get(m.entityId) ?? { name: m.name, type: m.type ?? '', count: 0 };
    entry.count++;
    counts.set(m.entityId, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

function formatTable(entities: readonly EntityCount[], total: number): string {
  const width = Math.max(6, ...entities.map((e) => e.name.length));
  const hasTypes = entities.some((e) => e.type);
  const row = (name: string, type: string, count: string) =>
    `  ${name.padEnd(width)}  ${hasTypes ? `${type.padEnd(12)}  ` : ''}${count.padStart(5)}`;
  return [
    row('entity', 'type', 'count'),
    ...entities.map((e) => row(e.name, e.type, String(e.count))),
    row('total', '', String(total)),
  ].join('\n');
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY;
  const server = await startStaticServer();
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launch('chromium', { headless });
    const url = server.url(DEMO_PAGE);
    const tab = await browser.open(url);
    const mentions = await settledMentions(browser, tab);

    await hover(tab, HOVERED);
    await shownCard(tab, HOVERED);
    await screenshot(tab, SCREENSHOT);

    console.log(
      `Seedlight on the demo article, ${url} (Chromium, ${headless ? 'headless' : 'headed'}):\n`,
    );
    console.log(formatTable(countEntities(mentions), mentions.length));
    console.log(`\nScreenshot with the "${HOVERED}" card open: ${SCREENSHOT}`);

    if (!headless) {
      console.log('\nThe browser stays open: close its window or press Ctrl+C to quit.');
      await Promise.race([browser.closed, untilInterrupted()]);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
