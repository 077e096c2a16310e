import { type PerspectiveOption } from '../options';

/** Compares perspective names loosely: "Learning & Growth", "learning-growth" and "Learning and growth" are one. */
export const normalizeName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&|\band\b/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Index of the option a row's perspective (its id where given, else its name) matches, or -1. */
export function perspectiveIndex(options: PerspectiveOption[], name: string, id: string | null): number {
  const wanted = [id, name].flatMap((s) => (s ? [normalizeName(s)] : []));
  return options.findIndex((o) => wanted.some((w) => w === normalizeName(o.id) || w === normalizeName(o.name)));
}
