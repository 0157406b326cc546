import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../src/io/crc32.js';

/** One part of a hand-made zip: its content, or raw deflate data with the size and CRC to claim for it. */
export type ZipPart =
  | { name: string; content: string | Buffer }
  | { name: string; deflated: Buffer; declaredSize: number; declaredCrc: number };

/** A zip holding `parts` in order (deflated, no dates), written by hand so that a part may lie about its size. */
export function zipBytes(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const content = 'content' in part ? Buffer.from(part.content) : undefined;
    const data = content ? deflateRawSync(content) : (part as { deflated: Buffer }).deflated;
    const size = content ? content.length : (part as { declaredSize: number }).declaredSize;
    const crc = content ? crc32(content) : (part as { declaredCrc: number }).declaredCrc;
    const fields = (signature: number, length: number) => {
      const header = Buffer.alloc(length);
      header.writeUInt32LE(signature, 0);
      return header;
    };
    const local = fields(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = fields(0x02014b50, 46);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    directory.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}
