import { open } from 'node:fs/promises';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** 2000-01-01 00:00 as a DOS date and time (the fields a zip stores, in no particular zone). */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * Sets every entry's modification time in a zip file to one fixed value, in place, so the same content
 * always gives the same bytes (a re-run of a command writes an identical workbook).
 */
export async function pinZipDates(path: string): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const end = tail.lastIndexOf(uint32(END_OF_DIRECTORY));
    if (end < 0) throw new Error('not a zip file: no end-of-directory record');
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryStart);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(DOS_TIME, 0);
    stamp.writeUInt16LE(DOS_DATE, 2);
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('damaged zip directory');
      stamp.copy(directory, at + 12);
      const localHeader = directory.readUInt32LE(at + 42);
      const signature = Buffer.alloc(4);
      await file.read(signature, 0, 4, localHeader);
      if (signature.readUInt32LE(0) !== LOCAL_HEADER) throw new Error('damaged zip entry');
      await file.write(stamp, 0, 4, localHeader + 10);
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    await file.write(directory, 0, directorySize, directoryStart);
  } finally {
    await file.close();
  }
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
