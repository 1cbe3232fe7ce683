import { randomUUID } from 'node:crypto';

/** The lifecycle states an item can be in; the spec's `status` enum is built from this list. */
export const ITEM_STATUSES = ['draft', 'active', 'archived'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A category tree: recursive on purpose, so clients meet a self-referencing schema. */
export interface Category {
  name: string;
  children?: Category[];
}

export interface Item {
  id: string;
  name: string;
  price: number;
  tags: string[];
  status: ItemStatus;
  note: string | null;
  category?: Category;
  createdAt: string;
}

/** What a client sends to create or replace an item: the server owns `id` and `createdAt`. */
export interface ItemInput {
  name: string;
  price: number;
  tags?: string[];
  status?: ItemStatus;
  note?: string | null;
  category?: Category;
}

/** A merge patch: absent fields stay as they are; `null` clears `note` and removes `category`. */
export interface ItemPatch {
  name?: string;
  price?: number;
  tags?: string[];
  status?: ItemStatus;
  note?: string | null;
  category?: Category | null;
}

export interface ListFilter {
  status?: ItemStatus;
  tag?: string;
  limit: number;
}

export interface DemoStoreOptions {
  /** Clock for `createdAt`; injectable so tests can pin it. */
  now?: () => Date;
  newId?: () => string;
  /** Start with the two sample items (default true). */
  seed?: boolean;
}

/** In-memory items for the demo API; every value going in or out is a copy, so callers cannot mutate the store. */
export class DemoStore {
  private readonly items = new Map<string, Item>();
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: DemoStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    if (options.seed !== false) {
      for (const input of SEED_ITEMS) this.create(input);
    }
  }

  /** Items in creation order, filtered, at most `limit` of them. */
  list(filter: ListFilter): Item[] {
    const matching = [...this.items.values()].filter(
      (item) =>
        (filter.status === undefined || item.status === filter.status) &&
        (filter.tag === undefined || item.tags.includes(filter.tag)),
    );
    return matching.slice(0, filter.limit).map((item) => structuredClone(item));
  }

  /** How many items exist, whatever their status. */
  count(): number {
    return this.items.size;
  }

  /** One item by id, or undefined. */
  get(id: string): Item | undefined {
    const item = this.items.get(id);
    return item === undefined ? undefined : structuredClone(item);
  }

  /** Creates an item with a fresh id and timestamp; optional fields take their defaults. */
  create(input: ItemInput): Item {
    const item = buildItem(this.newId(), this.now().toISOString(), input);
    this.items.set(item.id, item);
    return structuredClone(item);
  }

  /** Replaces every client-owned field (PUT semantics); omitted optional fields go back to their defaults. */
  replace(id: string, input: ItemInput): Item | undefined {
    const existing = this.items.get(id);
    if (existing === undefined) return undefined;
    const item = buildItem(existing.id, existing.createdAt, input);
    this.items.set(id, item);
    return structuredClone(item);
  }

  /** Applies a merge patch (RFC 7396 semantics for the fields the demo allows to change). */
  update(id: string, patch: ItemPatch): Item | undefined {
    const existing = this.items.get(id);
    if (existing === undefined) return undefined;
    const { category, ...rest } = patch;
    const merged: ItemInput = { ...existing, ...stripUndefined(rest) };
    if (category === null) delete merged.category;
    else if (category !== undefined) merged.category = category;
    const item = buildItem(existing.id, existing.createdAt, merged);
    this.items.set(id, item);
    return structuredClone(item);
  }

  /** Deletes an item; false when there was none with that id. */
  remove(id: string): boolean {
    return this.items.delete(id);
  }
}

function buildItem(id: string, createdAt: string, input: ItemInput): Item {
  // Field order here is the order clients see in JSON, so it follows the schema.
  const item: Item = {
    id,
    name: input.name,
    price: input.price,
    tags: [...(input.tags ?? [])],
    status: input.status ?? 'draft',
    note: input.note ?? null,
    createdAt,
  };
  if (input.category !== undefined) item.category = structuredClone(input.category);
  return item;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const SEED_ITEMS: readonly ItemInput[] = [
  {
    name: 'Espresso cup',
    price: 4.5,
    tags: ['kitchen', 'ceramic'],
    status: 'active',
    category: { name: 'Kitchen', children: [{ name: 'Cups', children: [] }] },
  },
  { name: 'Dotted notebook', price: 3.2, tags: ['office'], status: 'draft', note: 'A5, 96 pages' },
];
