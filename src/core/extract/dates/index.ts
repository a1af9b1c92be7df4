// INTERIM: the real dates plugin replaces this file.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import '../data';

export const datesPlugin: Plugin<[], NewsRoot> = function () {
  return (_tree, file) => {
    file.data.dates = [];
  };
};
