// The dates plugin: every temporal expression in the text, with its TIMEX3 value resolved
// against the publication date set by publishedPlugin.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import type { DateMention } from '../../model';
import { recognizeDates } from './recognize';
import '../data';

/** Temporal expressions in text; relative ones resolved against published (YYYY-MM-DD). */
export function findDates(text: string, published: string | null = null): DateMention[] {
  return recognizeDates(text, published);
}

export const datesPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    file.data.dates = recognizeDates(tree.text, file.data.published ?? null);
  };
};
