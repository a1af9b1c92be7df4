// INTERIM: the real quotes plugin replaces this file.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import '../data';

export const quotesPlugin: Plugin<[], NewsRoot> = function () {
  return (_tree, file) => {
    file.data.quotes = [];
  };
};
