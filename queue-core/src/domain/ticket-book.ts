// Today's tickets, held so that a command's cost does not grow with the day. A day may reach ten thousand
// tickets, and every command used to copy all of them to keep the state immutable. Here a change copies
// only the path to its one ticket in a hash trie (a few slots of 32 and one small leaf), and the tickets
// still in the office (waiting, called, serving) are indexed by the direction they are in, so the line,
// the counts and the estimates look at those alone. Immutable for its callers: `with` returns a new book
// that shares everything unchanged with the old one.

/** What the book needs of a ticket (a Ticket of types.ts, which is not imported here: types.ts names the book). */
export interface BookEntry {
  readonly id: string;
  readonly directionId: string;
  readonly state: string;
}

const BITS = 5;
const WIDTH = 1 << BITS;
/** A leaf holds up to this many tickets before it splits into a branch (unless the hash is used up). */
const LEAF = 16;
const MAX_DEPTH = 6;

type Leaf<T> = { readonly leaf: readonly T[] };
type Branch<T> = { readonly kids: readonly (Node<T> | undefined)[] };
type Node<T> = Leaf<T> | Branch<T>;

const isOpen = (t: BookEntry) => t.state === 'waiting' || t.state === 'called' || t.state === 'serving';

/** FNV-1a: short ids, spread evenly enough over the trie. */
function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const slot = (hash: number, depth: number) => (hash >>> (depth * BITS)) & (WIDTH - 1);

/** Returns the node with the ticket put in, copying only this path; `added` says whether it is new. */
function put<T extends BookEntry>(node: Node<T> | undefined, t: T, hash: number, depth: number): { node: Node<T>; added: boolean } {
  if (!node) return { node: { leaf: [t] }, added: true };
  if ('kids' in node) {
    const i = slot(hash, depth);
    const below = put(node.kids[i], t, hash, depth + 1);
    const kids = node.kids.slice();
    kids[i] = below.node;
    return { node: { kids }, added: below.added };
  }
  const at = node.leaf.findIndex((x) => x.id === t.id);
  if (at >= 0) {
    const leaf = node.leaf.slice();
    leaf[at] = t;
    return { node: { leaf }, added: false };
  }
  // Kept in id order, so that a book has one shape whatever order its tickets came in.
  const leaf = [...node.leaf, t].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (leaf.length <= LEAF || depth >= MAX_DEPTH) return { node: { leaf }, added: true };
  const kids: (Node<T> | undefined)[] = new Array(WIDTH).fill(undefined);
  for (const x of leaf) {
    const i = slot(hashOf(x.id), depth);
    kids[i] = { leaf: [...((kids[i] as Leaf<T> | undefined)?.leaf ?? []), x] };
  }
  return { node: { kids }, added: true };
}

function* walk<T>(node: Node<T> | undefined): Generator<T> {
  if (!node) return;
  if ('leaf' in node) yield* node.leaf;
  else for (const kid of node.kids) yield* walk(kid);
}

/** The slots of `node` that `old` does not share with it: what building it copied. */
function unshared<T>(node: Node<T> | undefined, old: Node<T> | undefined): number {
  if (!node || node === old) return 0;
  if ('leaf' in node) return node.leaf.length;
  const oldKids = old && 'kids' in old ? old.kids : [];
  let n = node.kids.length;
  node.kids.forEach((kid, i) => (n += unshared(kid, oldKids[i])));
  return n;
}

type OpenIndex<T> = ReadonlyMap<string, ReadonlyMap<string, T>>;

export class TicketBook<T extends BookEntry> {
  private constructor(private readonly root: Node<T> | undefined, readonly size: number, private readonly index: OpenIndex<T>) {}

  private static readonly NONE = new TicketBook<never>(undefined, 0, new Map());

  /** The book of a day with no tickets yet (one shared instance: nothing can change it). */
  static empty<T extends BookEntry>(): TicketBook<T> {
    return TicketBook.NONE as TicketBook<T>;
  }

  /** A book of these tickets (a later one with the same id replaces an earlier one). */
  static of<T extends BookEntry>(tickets: Iterable<T>): TicketBook<T> {
    let root: Node<T> | undefined;
    let size = 0;
    const byId = new Map<string, T>();
    for (const t of tickets) {
      const placed = put(root, t, hashOf(t.id), 0);
      root = placed.node;
      if (placed.added) size++;
      byId.set(t.id, t);
    }
    const index = new Map<string, Map<string, T>>();
    for (const t of byId.values()) {
      if (!isOpen(t)) continue;
      if (!index.has(t.directionId)) index.set(t.directionId, new Map());
      index.get(t.directionId)!.set(t.id, t);
    }
    return new TicketBook(root, size, index);
  }

  get(id: string): T | undefined {
    const hash = hashOf(id);
    let node = this.root;
    for (let depth = 0; node; depth++) {
      if ('leaf' in node) return node.leaf.find((t) => t.id === id);
      node = node.kids[slot(hash, depth)];
    }
    return undefined;
  }

  /** Every ticket of the day. */
  values(): IterableIterator<T> {
    return walk(this.root);
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this.values();
  }

  /** The tickets still in the office (waiting, called or serving): in one direction, or in all. */
  *open(directionId?: string): Generator<T> {
    if (directionId !== undefined) yield* this.index.get(directionId)?.values() ?? [];
    else for (const tickets of this.index.values()) yield* tickets.values();
  }

  /** The tickets waiting in a direction now (a transferred ticket waits in its new one). */
  *waiting(directionId: string): Generator<T> {
    for (const t of this.open(directionId)) if (t.state === 'waiting') yield t;
  }

  /** A book with the ticket put in (new, or replacing the one with its id); this one is left as it was. */
  with(t: T): TicketBook<T> {
    const before = this.get(t.id);
    const { node, added } = put(this.root, t, hashOf(t.id), 0);
    let index = this.index;
    if (before && isOpen(before)) index = without(index, before);
    if (isOpen(t)) {
      const next = new Map(index);
      next.set(t.directionId, new Map(index.get(t.directionId)).set(t.id, t));
      index = next;
    }
    return new TicketBook(node, this.size + (added ? 1 : 0), index);
  }

  /**
   * How many slots (trie slots, leaf entries and open-index entries) this book holds that `older` does not
   * share: what building it from `older` copied. Small and bounded for one command, whatever the day's size.
   */
  copiedFrom(older: TicketBook<T>): number {
    let n = unshared(this.root, older.root);
    if (this.index !== older.index) {
      n += this.index.size;
      for (const [dir, tickets] of this.index) if (older.index.get(dir) !== tickets) n += tickets.size;
    }
    return n;
  }
}

function without<T extends BookEntry>(index: OpenIndex<T>, t: T): OpenIndex<T> {
  const tickets = index.get(t.directionId);
  if (!tickets?.has(t.id)) return index;
  const next = new Map(index);
  const rest = new Map(tickets);
  rest.delete(t.id);
  // No empty entries, so that two books with the same tickets look the same.
  if (rest.size === 0) next.delete(t.directionId);
  else next.set(t.directionId, rest);
  return next;
}
