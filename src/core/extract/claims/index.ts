// INTERIM: the real claims plugin replaces this file.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import '../data';

export const claimsPlugin: Plugin<[], NewsRoot> = function () {
  return (_tree, file) => {
    file.data.claims = [];
  };
};
