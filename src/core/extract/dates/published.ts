// INTERIM: publication-date detection replaces this file.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import '../data';

export const publishedPlugin: Plugin<[], NewsRoot> = function () {
  return (_tree, file) => {
    if (!file.data.published) {
      file.data.published = null;
      file.data.publishedSource = 'none';
    }
  };
};
