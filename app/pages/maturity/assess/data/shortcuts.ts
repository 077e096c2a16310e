import { type Answer } from '../../../../../core/maturity/types';

export type Shortcut = { answer: Answer } | { move: 1 | -1 };

/** Where the key was pressed: the criterion card itself, one of its answer choices, or a text field. */
export type KeyPlace = 'card' | 'choice' | 'text';

const ANSWER_KEYS: Record<string, Answer> = { '1': 'met', '2': 'partial', '3': 'not-met', '4': 'n/a' };

export const SHORTCUT_HINT =
  '1 met · 2 partial · 3 not met · 4 n/a · j / ↓ next · k / ↑ previous · Tab moves through the fields';

/** What a key does on a criterion card; arrows stay with radio choices, and typing is never taken over. */
export function shortcutOf(key: string, place: KeyPlace, modified: boolean): Shortcut | undefined {
  if (place === 'text' || modified) {
    return undefined;
  }
  const answer = ANSWER_KEYS[key];
  if (answer !== undefined) {
    return { answer };
  }
  if (key === 'j' || (key === 'ArrowDown' && place === 'card')) {
    return { move: 1 };
  }
  if (key === 'k' || (key === 'ArrowUp' && place === 'card')) {
    return { move: -1 };
  }
  return undefined;
}

/** The place of a key event's target: text fields keep every key. */
export function placeOf(target: EventTarget, card: EventTarget): KeyPlace {
  if (target === card) {
    return 'card';
  }
  if (target instanceof HTMLInputElement && target.type === 'radio') {
    return 'choice';
  }
  const editable =
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable);
  return editable ? 'text' : 'choice';
}
