// INTERIM: the real actors plugin replaces this file.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import '../data';

export const actorsPlugin: Plugin<[], NewsRoot> = function () {
  return (_tree, file) => {
    file.data.actors = [];
  };
};
