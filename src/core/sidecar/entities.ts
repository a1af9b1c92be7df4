// Finding and creating entities by canonical name: existing entities (and every user edit
// on them) win; a renamed entity keeps answering to its old name through its aliases.
import type { Entity } from '../annotations';
import type { ActorType } from '../model';
import { entityId } from './ids';

export class EntityIndex {
  private readonly byName = new Map<string, Entity>();
  private readonly byFolded = new Map<string, Entity>();
  readonly taken: Set<string>;

  constructor(readonly entities: Entity[]) {
    this.taken = new Set(entities.map((e) => e.id));
    for (const e of entities) this.index(e);
  }

  private index(e: Entity): void {
    for (const n of [e.name, ...e.aliases]) {
      if (!this.byName.has(n)) this.byName.set(n, e);
      const f = fold(n);
      if (!this.byFolded.has(f)) this.byFolded.set(f, e);
    }
  }

  find(name: string): Entity | undefined {
    return this.byName.get(name) ?? this.byFolded.get(fold(name));
  }

  /** The entity for `name`, created (and appended) when no entity answers to it. */
  resolve(name: string, type: ActorType, mention?: string): { entity: Entity; created: boolean } {
    const found = this.find(name);
    if (found) return { entity: found, created: false };
    const entity: Entity = { id: entityId(name, this.taken), name, type, aliases: [] };
    if (mention && mention !== name) entity.aliases.push(mention);
    this.taken.add(entity.id);
    this.entities.push(entity);
    this.index(entity);
    return { entity, created: true };
  }

  /** Remember another surface form of an entity created in this run (not a user's entity). */
  addAlias(entity: Entity, mention: string): void {
    if (mention === entity.name || entity.aliases.includes(mention)) return;
    entity.aliases.push(mention);
    entity.aliases.sort();
    this.index(entity);
  }
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
