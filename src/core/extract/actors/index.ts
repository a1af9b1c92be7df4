// The actors plugin: every named person, organization and place, with one canonical entity
// per real-world actor (ANNOTATION-GUIDELINES "Actors"). Reports on file.data.actors.
import type { Plugin } from 'unified';
import type { NewsRoot } from '../../parse/types';
import '../data';
import { recognize } from './recognize';
import { resolveEntities } from './entities';

export const actorsPlugin: Plugin<[], NewsRoot> = function () {
  return (tree, file) => {
    file.data.actors = resolveEntities(tree.text, recognize(tree, file.data.knownNames));
  };
};
