import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveKnowledgeBase } from '../src/derive/index';
import { median } from './median';

const RUNS = 5;
const TRANSCRIPT = 'brian14708-wh-briefings__2023-02-17-press-briefing-jean-pierre-john-kirby.txt';
const SECOND =
  'brian14708-wh-briefings__2023-07-26-press-briefing-jean-pierre-john-kirby-belt-and-road.txt';

function measure(id: string, text: string): { ms: number; entities: number; heapMb: number } {
  const times: number[] = [];
  let entities = 0;
  let heap = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const { kb } = deriveKnowledgeBase({ id, title: id, text });
    times.push(performance.now() - start);
    entities = kb.entities.length;
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  return { ms: median(times), entities, heapMb: heap / 1024 / 1024 };
}

/** Derives a 91 KB transcript and a ~100 KB text several times; returns median ms and counts. */
export async function runDeriveBench(): Promise<Record<string, number>> {
  const corpus = process.env.SEEDLIGHT_CORPUS ?? path.resolve('../shared/corpus');
  const transcript = readFileSync(path.join(corpus, TRANSCRIPT), 'utf8');
  // About 100 KB: the transcript followed by the start of a second one.
  const hundred = (transcript + '\n\n' + readFileSync(path.join(corpus, SECOND), 'utf8')).slice(
    0,
    100_000,
  );
  const rows = [
    { name: 'transcript-91kb', ...measure('transcript', transcript) },
    { name: 'text-100kb', ...measure('text-100kb', hundred) },
  ];
  console.table(
    rows.map((r) => ({
      input: r.name,
      'median ms': Math.round(r.ms),
      entities: r.entities,
      'heap MB': Math.round(r.heapMb),
    })),
  );
  const result: Record<string, number> = {};
  for (const r of rows) {
    result[`derive.${r.name}.medianMs`] = Math.round(r.ms);
    result[`derive.${r.name}.entities`] = r.entities;
    result[`derive.${r.name}.heapMb`] = Math.round(r.heapMb);
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runDeriveBench();
}
