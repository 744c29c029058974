/**
 * A built search index as one ArrayBuffer: typed arrays as they are in memory and text as UTF-8,
 * after a small JSON table of contents. Loading makes views on the buffer (no copy, no parsing
 * of numbers), so a stored index loads far faster than it builds; one buffer is also what a
 * worker can be handed without copying (a transfer) and what IndexedDB stores as it is.
 */

type Packed = Uint8Array | Uint16Array | Uint32Array | Float32Array;
type Section = Packed | string;

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f32: Float32Array } as const;
type ArrayType = keyof typeof ARRAYS;

interface Entry {
  name: string;
  type: ArrayType | 'text';
  offset: number;
  length: number;
}

interface Contents {
  format: string;
  meta: unknown;
  sections: Entry[];
}

const MAGIC = 0x57505349; // "WPSI": a Waypoint search index

/** Thrown when a buffer is not an index of the expected format (another version, or damaged). */
export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}

function typeOf(section: Packed): ArrayType {
  if (section instanceof Uint8Array) return 'u8';
  if (section instanceof Uint16Array) return 'u16';
  if (section instanceof Uint32Array) return 'u32';
  return 'f32';
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** Packs named sections and some JSON `meta` under a format name. */
export function packIndex(format: string, meta: unknown, sections: Record<string, Section>): ArrayBuffer {
  const encoder = new TextEncoder();
  const bodies: { name: string; type: Entry['type']; bytes: Uint8Array; length: number }[] = [];
  for (const [name, section] of Object.entries(sections)) {
    if (typeof section === 'string') {
      const bytes = encoder.encode(section);
      bodies.push({ name, type: 'text', bytes, length: bytes.length });
    } else {
      bodies.push({
        name,
        type: typeOf(section),
        bytes: new Uint8Array(section.buffer, section.byteOffset, section.byteLength),
        length: section.length,
      });
    }
  }
  let offset = 0;
  const entries: Entry[] = bodies.map((body) => {
    const entry = { name: body.name, type: body.type, offset, length: body.length };
    offset = align(offset + body.bytes.length);
    return entry;
  });
  const contents = encoder.encode(JSON.stringify({ format, meta, sections: entries } satisfies Contents));
  const head = align(12 + contents.length);
  const buffer = new ArrayBuffer(head + offset);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, contents.length, true);
  view.setUint32(8, head, true);
  const bytes = new Uint8Array(buffer);
  bytes.set(contents, 12);
  bodies.forEach((body, i) => {
    bytes.set(body.bytes, head + entries[i]!.offset);
  });
  return buffer;
}

/** An unpacked index: its meta, and each section by name (arrays are views on the buffer). */
export interface UnpackedIndex {
  meta: unknown;
  text(name: string): string;
  array<T extends ArrayType>(name: string, type: T): InstanceType<(typeof ARRAYS)[T]>;
}

/** Reads a buffer made by packIndex with the same format name; throws IndexFormatError otherwise. */
export function unpackIndex(buffer: ArrayBuffer, format: string): UnpackedIndex {
  if (buffer.byteLength < 12) throw new IndexFormatError('Not a search index: too short');
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new IndexFormatError('Not a search index');
  const contentsLength = view.getUint32(4, true);
  const head = view.getUint32(8, true);
  if (12 + contentsLength > buffer.byteLength || head > buffer.byteLength) throw new IndexFormatError('Damaged search index');
  const contents = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 12, contentsLength))) as Contents;
  if (contents.format !== format) throw new IndexFormatError(`Search index format ${contents.format}, expected ${format}`);
  const byName = new Map(contents.sections.map((section) => [section.name, section]));
  const section = (name: string, type: Entry['type']) => {
    const found = byName.get(name);
    if (!found || found.type !== type) throw new IndexFormatError(`Search index has no ${type} section "${name}"`);
    return found;
  };
  const decoder = new TextDecoder();
  return {
    meta: contents.meta,
    text(name) {
      const { offset, length } = section(name, 'text');
      return decoder.decode(new Uint8Array(buffer, head + offset, length));
    },
    array(name, type) {
      const { offset, length } = section(name, type);
      return new ARRAYS[type](buffer, head + offset, length) as InstanceType<(typeof ARRAYS)[typeof type]>;
    },
  };
}
