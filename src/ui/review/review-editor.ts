import { validateKnowledgeBase } from '../../kb/parse';
import { ENTITY_TYPES, type Entity, type KnowledgeBase } from '../../kb/schema';
import { isEntityType } from '../../settings';
import { el, replaceChildren } from '../dom';
import { ui } from '../messages';
import {
  describeEntity,
  mergeEntities,
  removeEntity,
  renameEntity,
  retypeEntity,
} from './kb-edits';

export interface ReviewEditorOptions {
  container: HTMLElement;
  kb: KnowledgeBase;
  warnings: readonly string[];
  /** Saves the reviewed briefing; resolves to an error message when it cannot be saved. */
  onSave(kb: KnowledgeBase): Promise<string | null>;
  onDiscard(): void;
}

/** The reader's review of derived entities: rename, retype, describe, merge, remove, then save. */
export function mountReviewEditor(options: ReviewEditorOptions): void {
  const { container } = options;
  const doc = container.ownerDocument;
  let draft = options.kb;

  const heading = el(doc, 'h3', { tabindex: -1 }, [ui.reviewHeading]);
  const message = el(doc, 'p', { role: 'alert', class: 'message' });
  const list = el(doc, 'ol', { class: 'review' });
  const save = el(doc, 'button', { type: 'button', class: 'primary' }, [ui.reviewSave]);
  const discard = el(doc, 'button', { type: 'button' }, [ui.reviewDiscard]);

  const restructure = (next: KnowledgeBase) => {
    draft = next;
    render();
    heading.focus();
  };

  const row = (entity: Entity, index: number): HTMLElement => {
    const prefix = `review-${index}`;
    const name = el(doc, 'input', {
      id: `${prefix}-name`,
      type: 'text',
      value: entity.name,
      required: true,
    });
    name.addEventListener('change', () => {
      draft = renameEntity(draft, entity.id, name.value);
    });
    const type = el(
      doc,
      'select',
      { id: `${prefix}-type` },
      ENTITY_TYPES.map((t) =>
        el(doc, 'option', { value: t, selected: t === entity.type }, [ui.typeSingular[t]]),
      ),
    );
    type.addEventListener('change', () => {
      if (isEntityType(type.value)) draft = retypeEntity(draft, entity.id, type.value);
    });
    const description = el(doc, 'textarea', { id: `${prefix}-description`, rows: 2 });
    description.value = entity.description ?? '';
    description.addEventListener('change', () => {
      draft = describeEntity(draft, entity.id, description.value);
    });
    const others = draft.entities.filter((e) => e.id !== entity.id);
    const mergeTarget = el(doc, 'select', { id: `${prefix}-merge` }, [
      el(doc, 'option', { value: '' }, [ui.reviewMergeChoose]),
      ...others.map((e) => el(doc, 'option', { value: e.id }, [e.name])),
    ]);
    const merge = el(doc, 'button', { type: 'button' }, [ui.reviewMerge]);
    merge.addEventListener('click', () => {
      if (mergeTarget.value) restructure(mergeEntities(draft, entity.id, mergeTarget.value));
    });
    const remove = el(doc, 'button', { type: 'button', class: 'danger' }, [
      ui.reviewRemove(entity.name),
    ]);
    remove.addEventListener('click', () => restructure(removeEntity(draft, entity.id)));

    return el(doc, 'li', {}, [
      el(doc, 'fieldset', { class: 'entity-review' }, [
        el(doc, 'legend', {}, [entity.name]),
        el(doc, 'div', { class: 'field' }, [
          el(doc, 'label', { for: name.id }, [ui.reviewName]),
          name,
        ]),
        el(doc, 'div', { class: 'field' }, [
          el(doc, 'label', { for: type.id }, [ui.reviewType]),
          type,
        ]),
        el(doc, 'div', { class: 'field wide' }, [
          el(doc, 'label', { for: description.id }, [ui.reviewDescription]),
          description,
        ]),
        el(doc, 'p', { class: 'muted' }, [ui.reviewAliases(entity.aliases)]),
        el(doc, 'div', { class: 'actions' }, [
          el(doc, 'label', { for: mergeTarget.id }, [ui.reviewMergeInto]),
          mergeTarget,
          merge,
          remove,
        ]),
      ]),
    ]);
  };

  const render = () => {
    replaceChildren(list, draft.entities.map(row));
    if (draft.entities.length === 0) message.textContent = ui.reviewEmpty;
    save.disabled = draft.entities.length === 0;
  };

  save.addEventListener('click', () => {
    const checked = validateKnowledgeBase(draft);
    if (!checked.ok) {
      message.textContent = ui.reviewInvalid(checked.error);
      return;
    }
    save.disabled = true;
    void options.onSave(checked.kb).then((error) => {
      save.disabled = false;
      if (error) message.textContent = ui.reviewInvalid(error);
    });
  });
  discard.addEventListener('click', () => options.onDiscard());

  replaceChildren(container, [
    heading,
    options.warnings.length > 0
      ? el(doc, 'div', { class: 'muted' }, [
          el(doc, 'p', {}, [ui.reviewWarnings]),
          el(
            doc,
            'ul',
            {},
            options.warnings.map((w) => el(doc, 'li', {}, [w])),
          ),
        ])
      : null,
    message,
    list,
    el(doc, 'div', { class: 'actions' }, [save, discard]),
  ]);
  render();
}
