import { createHighlightSink } from './highlight-sink';
import { MentionStore } from './mention-store';
import { MutationQueue } from './mutation-queue';
import { PageReader } from './page-reader';
import { Publisher } from './publisher';
import { createScheduler } from './scheduler';
import { TreeRegistry } from './tree-registry';
import type { Annotator, AnnotatorOptions } from './types';
import { WorkLoop } from './work-loop';

/**
 * Highlights the entities' mentions on a page and keeps them current as the page changes:
 * the trees it reads (TreeRegistry), what it reads when (PageReader, through ContainerReader),
 * when it works (WorkLoop) and what the reader sees (Publisher), around one MentionStore.
 */
export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { root: doc, matcher, entities } = options;
  const store = new MentionStore();
  const queue = new MutationQueue();
  const publisher = new Publisher({
    doc,
    store,
    matcher,
    sink: options.sink ?? createHighlightSink(),
    highlightStyle: options.highlightStyle,
    density: options.density ?? 'every',
    onChange: options.onChange,
  });
  const registry = new TreeRegistry(doc, {
    onMutations(records) {
      queue.push(records);
      loop.schedule();
    },
    onFrameLoad(frameDoc) {
      if (frameDoc) queue.add(frameDoc.documentElement);
      loop.schedule();
    },
    onNavigate() {
      queue.requestFull();
      loop.schedule();
    },
  });
  const reader = new PageReader({ doc, matcher, entities, store, registry, queue });
  const loop: WorkLoop = new WorkLoop({
    scheduler: options.scheduler ?? createScheduler(doc.defaultView ?? window),
    nextWork: () => (queue.isEmpty() ? null : reader.changes(queue.take())),
    hasPending: () => !queue.isEmpty(),
    publish: () => publisher.publish(),
  });
  let running = false;

  return {
    start() {
      if (running) return;
      running = true;
      publisher.start();
      registry.start();
      loop.start(reader.firstPass());
    },
    stop() {
      running = false;
      registry.stop();
      loop.stop();
      queue.take();
      store.clear();
      store.changed = false;
      publisher.clear();
    },
    ready: () => loop.ready(),
    whenSettled: () => loop.whenSettled(),
    mentions: () => publisher.mentions(),
    mentionAt: (x, y) => publisher.mentionAt(x, y),
    setActive: (mention) => publisher.setActive(mention),
  };
}
