import { el } from '../dom/el';
import type { SeedSentence } from '../kb/schema';
import type { CardModel } from './card-model';
import { emphasise } from './emphasise';
import type { PopoverMessages } from './card-strings';
import { createTypeIcon } from './type-icon';

export const NAME_ID = 'seedlight-card-name';
export const DESCRIPTION_ID = 'seedlight-card-description';

export interface CardActions {
  close(): void;
  toggleSentences(): void;
  related(id: string): void;
  step(direction: 1 | -1): void;
  /** Opens the sentence in its briefing's source; `kbId` names the briefing of a section. */
  openSource(sentence: SeedSentence, kbId?: string): void;
  edit(): void;
  mute(): void;
  /** Turns focus mode on for the entity, or off when it is on. */
  focus(): void;
}

/**
 * Fills `dialog` with the card for `model`: a header and a footer that stay in sight, and a body
 * between them that scrolls. `scrollTop` is where the body's scroll starts (0 for a new entity). Every string goes in as text:
 * knowledge-base fields and page text may hold markup, which must show as characters.
 */
export function renderCard(
  dialog: HTMLElement,
  model: CardModel,
  messages: PopoverMessages,
  actionsOf: CardActions,
  scrollTop = 0,
): void {
  const doc = dialog.ownerDocument;
  const button = (
    part: string,
    text: string,
    onClick: () => void,
    attrs: Record<string, string> = {},
  ): HTMLButtonElement => {
    const node = el(doc, 'button', { type: 'button', 'data-part': part, ...attrs }, [text]);
    node.addEventListener('click', onClick);
    return node;
  };

  const typeLabel = messages.typeLabel(model.type);
  const header = el(doc, 'div', { class: 'header' });
  const titles = el(doc, 'div', { class: 'titles' });
  const type = el(doc, 'p', { class: 'type', 'data-part': 'type' });
  type.append(createTypeIcon(doc, model.type), el(doc, 'span', {}, [typeLabel]));
  titles.append(el(doc, 'h2', { id: NAME_ID, 'data-part': 'name' }, [model.name]), type);
  header.append(
    titles,
    button('close', '×', actionsOf.close, { class: 'close', 'aria-label': messages.close }),
  );

  const description = el(
    doc,
    'p',
    { id: DESCRIPTION_ID, class: 'description', 'data-part': 'description' },
    [model.description],
  );
  if (!model.description) description.hidden = true;

  const parts: HTMLElement[] = [description];

  if (model.introduction) {
    const section = el(doc, 'section', {
      class: 'page-introduction',
      'aria-labelledby': 'seedlight-card-page',
      'data-part': 'page-introduction',
    });
    const quote = el(doc, 'p', { class: 'introduction' });
    quote.append(el(doc, 'q', { 'data-part': 'introduction' }, [model.introduction]));
    section.append(el(doc, 'h3', { id: 'seedlight-card-page' }, [messages.onThisPage]), quote);
    parts.push(section);
  }

  if (model.conflictingTypes.length > 0) {
    parts.push(
      el(doc, 'p', { class: 'conflict', 'data-part': 'conflict' }, [
        messages.typesDiffer(model.conflictingTypes.map((t) => messages.typeLabel(t))),
      ]),
    );
  }

  /** The shown sentences, numbered across the card for their source buttons' labels. */
  let numbered = 0;
  const sentenceList = (sentences: readonly SeedSentence[], kbId?: string): HTMLElement => {
    const list = el(doc, 'ol', { class: 'sentences' });
    for (const sentence of sentences) {
      const item = el(doc, 'li', { class: 'sentence', 'data-part': 'sentence' });
      for (const piece of emphasise(sentence.text, model.aliases)) {
        item.append(
          piece.marked ? el(doc, 'mark', {}, [piece.text]) : doc.createTextNode(piece.text),
        );
      }
      numbered++;
      item.append(
        doc.createTextNode(' '),
        button('sentence-source', '↗', () => actionsOf.openSource(sentence, kbId), {
          class: 'link',
          'aria-label': messages.sentenceSourceLabel(numbered),
          title: messages.openInSource,
        }),
      );
      list.append(item);
    }
    return list;
  };
  const { more } = model;
  const moreButton = (toggle: NonNullable<CardModel['more']>): HTMLButtonElement =>
    button(
      'more',
      toggle.expanded ? messages.fewer : messages.more(toggle.hidden),
      actionsOf.toggleSentences,
      { class: 'link', 'aria-expanded': String(toggle.expanded) },
    );

  if (model.sections.length > 0) {
    model.sections.forEach((briefing, i) => {
      const id = `seedlight-card-briefing-${i}`;
      const section = el(doc, 'section', {
        class: 'briefing',
        'aria-labelledby': id,
        'data-part': 'briefing',
        'data-kb-id': briefing.kbId,
      });
      section.append(el(doc, 'h3', { id }, [messages.fromBriefing(briefing.title)]));
      if (briefing.description) {
        section.append(el(doc, 'p', { class: 'description' }, [briefing.description]));
      }
      if (briefing.sentences.length > 0)
        section.append(sentenceList(briefing.sentences, briefing.kbId));
      parts.push(section);
    });
    if (more) parts.push(moreButton(more));
  } else if (model.sentences.length > 0) {
    const section = el(doc, 'section', { 'aria-labelledby': 'seedlight-card-sentences' });
    section.append(el(doc, 'h3', { id: 'seedlight-card-sentences' }, [messages.inBriefing]));
    section.append(sentenceList(model.sentences));
    if (more) section.append(moreButton(more));
    parts.push(section);
  }

  if (model.related.length > 0) {
    const section = el(doc, 'section', { 'aria-labelledby': 'seedlight-card-related' });
    section.append(el(doc, 'h3', { id: 'seedlight-card-related' }, [messages.related]));
    const list = el(doc, 'ul', { class: 'related' });
    for (const related of model.related) {
      const item = el(doc, 'li');
      item.append(
        button('related', related.name, () => actionsOf.related(related.id), {
          'data-entity-id': related.id,
        }),
      );
      list.append(item);
    }
    section.append(list);
    parts.push(section);
  }

  // The entity's own actions end the body; the footer keeps to one row of navigation.
  const first = model.source;
  if (first || model.editable || model.mutable || model.focus) {
    const actions = el(doc, 'div', { class: 'actions' });
    if (model.focus) {
      // The text says what pressing does next; a toggle's label would not change.
      const { active } = model.focus;
      actions.append(
        active
          ? button('focus', messages.leaveFocus, actionsOf.focus)
          : button('focus', messages.focus, actionsOf.focus, {
              'aria-label': messages.focusLabel(model.name),
            }),
      );
    }
    if (first) {
      actions.append(
        button('open-source', messages.openInSource, () => actionsOf.openSource(first)),
      );
    }
    if (model.editable) actions.append(button('edit', messages.editInBriefing, actionsOf.edit));
    if (model.mutable) actions.append(button('mute', messages.mute, actionsOf.mute));
    parts.push(actions);
  }
  parts.push(
    el(doc, 'p', { class: 'status', 'data-part': 'status', role: 'status' }, [model.status]),
  );
  const body = el(doc, 'div', { class: 'body', 'data-part': 'body' });
  body.append(...parts);

  const footer = el(doc, 'div', { class: 'footer' });
  const single = model.total <= 1;
  const previous = button('previous', `‹ ${messages.previous}`, () => actionsOf.step(-1), {
    'aria-label': messages.previousLabel(model.name),
  });
  const next = button('next', `${messages.next} ›`, () => actionsOf.step(1), {
    'aria-label': messages.nextLabel(model.name),
  });
  previous.disabled = single;
  next.disabled = single;
  footer.append(
    previous,
    el(doc, 'span', { class: 'count', 'data-part': 'count' }, [
      messages.position(model.index, model.total),
    ]),
    next,
  );

  dialog.replaceChildren(header, body, footer);
  body.scrollTop = scrollTop;
}
