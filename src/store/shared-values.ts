/**
 * JSON values written once per distinct value: every string, array and object is stored one time in a
 * table and referred to by its position, and reading the table back builds each distinct value once, so
 * equal parts of many profiles (the same competency framework, the same criteria) are one object in
 * memory. Role documents repeat a great deal of each other's text, so the snapshot is smaller and faster
 * to read than the profiles as separate JSON, and the profiles loaded from it take less memory.
 *
 * The table is in dependency order: a node refers only to earlier nodes. A node is a primitive (string,
 * number, boolean, null), an array of positions, or an object of key -> position.
 */
export type SharedNode = string | number | boolean | null | number[] | { [key: string]: number };

export interface SharedValues {
  nodes: SharedNode[];
  /** The positions of the encoded values, in the order given. */
  roots: number[];
}

export function encodeShared(values: readonly unknown[]): SharedValues {
  const nodes: SharedNode[] = [];
  // Strings and numbers are looked up as themselves (no key built: profile text is most of the bytes);
  // arrays and objects by a short key made of their children's positions.
  const strings = new Map<string, number>();
  const numbers = new Map<number, number>();
  const composites = new Map<string, number>();
  // An object met again (profiles already sharing parts) is not walked again.
  const seen = new WeakMap<object, number>();
  const add = (node: SharedNode): number => nodes.push(node) - 1;
  let nullAt = -1;
  let trueAt = -1;
  let falseAt = -1;

  const encode = (value: unknown): number => {
    if (value === null || value === undefined) return nullAt >= 0 ? nullAt : (nullAt = add(null));
    switch (typeof value) {
      case 'string': {
        let at = strings.get(value);
        if (at === undefined) strings.set(value, (at = add(value)));
        return at;
      }
      case 'number': {
        if (!Number.isFinite(value)) throw new TypeError(`encodeShared: ${value} is not a JSON number`);
        // -0 is written as 0 in JSON; without this the first of 0 and -0 met would stand for both.
        const number = value === 0 ? 0 : value;
        let at = numbers.get(number);
        if (at === undefined) numbers.set(number, (at = add(number)));
        return at;
      }
      case 'boolean':
        if (value) return trueAt >= 0 ? trueAt : (trueAt = add(true));
        return falseAt >= 0 ? falseAt : (falseAt = add(false));
      case 'object': {
        const known = seen.get(value);
        if (known !== undefined) return known;
        let key: string;
        let node: SharedNode;
        if (Array.isArray(value)) {
          const items = value.map((item: unknown) => encode(item));
          key = `a${items.join(',')}`;
          node = items;
        } else {
          const fields: { [key: string]: number } = {};
          const parts: string[] = [];
          for (const [field, item] of Object.entries(value)) {
            if (item === undefined) continue; // as JSON.stringify does
            const at = encode(item);
            setOwn(fields, field, at);
            parts.push(JSON.stringify(field), String(at));
          }
          key = `o${parts.join(',')}`;
          node = fields;
        }
        let at = composites.get(key);
        if (at === undefined) composites.set(key, (at = add(node)));
        seen.set(value, at);
        return at;
      }
      default:
        throw new TypeError(`encodeShared: a ${typeof value} is not a JSON value`);
    }
  };
  const roots = values.map((value) => encode(value));
  return { nodes, roots };
}

/** obj[key] = value, except that a "__proto__" key is data (as JSON.parse makes it), not the prototype. */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** Thrown for a table that refers forward or out of range: the caller treats the whole thing as corrupt. */
export class SharedValuesError extends Error {}

export function decodeShared({ nodes, roots }: SharedValues): unknown[] {
  const built: unknown[] = new Array(nodes.length);
  const at = (position: number, from: number): unknown => {
    if (!Number.isInteger(position) || position < 0 || position >= from) {
      throw new SharedValuesError(`node ${from} refers to ${position}, which is not an earlier node`);
    }
    return built[position];
  };
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i];
    if (Array.isArray(node)) {
      built[i] = node.map((position) => at(position, i));
    } else if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(node)) {
        setOwn(out, key, at(node[key] ?? -1, i));
      }
      built[i] = out;
    } else {
      built[i] = node;
    }
  }
  return roots.map((position) => at(position, nodes.length));
}
