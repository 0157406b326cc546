import { describe, expect, it } from 'vitest';
import { writeFully, type WritableHandle } from '../../src/io/write-fully.js';

/** A file in memory whose writes take at most `perWrite` bytes, and fail once `capacity` bytes are there. */
function smallWritesFile(perWrite: number, capacity = Infinity) {
  const bytes: number[] = [];
  const calls: { offset: number; length: number; position: number | null }[] = [];
  const handle = {
    write: async (buffer: Uint8Array, offset: number, length: number, position: number | null) => {
      calls.push({ offset, length, position });
      const room = capacity - bytes.length;
      if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const taken = Math.min(length, perWrite, room);
      const at = position ?? bytes.length;
      for (let i = 0; i < taken; i++) bytes[at + i] = buffer[offset + i] ?? 0;
      return { bytesWritten: taken, buffer };
    },
  };
  return { handle: handle as unknown as WritableHandle, bytes, calls };
}

describe('writeFully', () => {
  it('writes the rest when a write takes only part of the bytes', async () => {
    const file = smallWritesFile(3);
    await writeFully(file.handle, Buffer.from('abcdefgh'));
    expect(Buffer.from(file.bytes).toString()).toBe('abcdefgh');
    expect(file.calls.map((c) => [c.offset, c.length])).toEqual([[0, 8], [3, 5], [6, 2]]);
  });

  it('writes at the position given, moving on with each part', async () => {
    const file = smallWritesFile(4);
    await writeFully(file.handle, Buffer.from('0123456789'), 100);
    expect(file.calls.map((c) => c.position)).toEqual([100, 104, 108]);
    expect(Buffer.from(file.bytes.slice(100)).toString()).toBe('0123456789');
  });

  it('throws the error of the write that fails after a part was written (a disk filling up)', async () => {
    const file = smallWritesFile(6, 6);
    await expect(writeFully(file.handle, Buffer.from('abcdefghij'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(file.bytes).toHaveLength(6);
  });

  it('takes a write of no bytes for a full disk rather than trying for ever', async () => {
    const handle = { write: async () => ({ bytesWritten: 0 }) } as unknown as WritableHandle;
    await expect(writeFully(handle, Buffer.from('abc'))).rejects.toMatchObject({ code: 'ENOSPC' });
  });

  it('makes no write for no bytes', async () => {
    const file = smallWritesFile(3);
    await writeFully(file.handle, new Uint8Array(0));
    expect(file.calls).toEqual([]);
  });
});
