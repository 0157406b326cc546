/** The fixed-layout records of a zip file (PKWARE APPNOTE 4.3), for a deflated entry without zip64. */

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DEFLATE = 8;
/** Zip 2.0: deflate, no zip64. */
const VERSION = 20;
/** 2000-01-01 00:00 as a DOS time and date: every entry carries it, so the same content gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/** The length of a local header before its entry's name. */
export const LOCAL_HEADER_BYTES = 30;
/** The length of the end-of-directory record (without a comment). */
export const END_OF_DIRECTORY_BYTES = 22;

/** What the records say about one entry. */
export interface ZipEntryRecord {
  /** The path inside the zip, as bytes. */
  name: Buffer;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's local header starts in the file. */
  offset: number;
}

/** The header written just before an entry's compressed content. */
export function localHeader(entry: ZipEntryRecord): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_BYTES + entry.name.length);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  entry.name.copy(header, LOCAL_HEADER_BYTES);
  return header;
}

/** The entry's record in the central directory at the end of the file. */
export function directoryEntry(entry: ZipEntryRecord): Buffer {
  const record = Buffer.alloc(46 + entry.name.length);
  record.writeUInt32LE(DIRECTORY_ENTRY, 0);
  record.writeUInt16LE(VERSION, 4);
  record.writeUInt16LE(VERSION, 6);
  record.writeUInt16LE(DEFLATE, 10);
  record.writeUInt16LE(DOS_TIME, 12);
  record.writeUInt16LE(DOS_DATE, 14);
  record.writeUInt32LE(entry.crc, 16);
  record.writeUInt32LE(entry.compressedSize, 20);
  record.writeUInt32LE(entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt32LE(entry.offset, 42);
  entry.name.copy(record, 46);
  return record;
}

/** The record that ends the file: how many entries, and where the central directory lies. */
export function endOfDirectory(count: number, directoryStart: number, directoryBytes: number): Buffer {
  const end = Buffer.alloc(END_OF_DIRECTORY_BYTES);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directoryBytes, 12);
  end.writeUInt32LE(directoryStart, 16);
  return end;
}
