import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/errors.js';
import { writeToStream } from '../../src/io/write-stream.js';

/** A stream that takes `accept` chunks, then fails every write with `code`. */
function failingAfter(accept: number, code: string): Writable & { received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (received.length >= accept) return callback(Object.assign(new Error(`write ${code}`), { code }));
      received.push(chunk.toString());
      callback();
    },
  });
  return Object.assign(stream, { received });
}

describe('writeToStream', () => {
  it('writes every chunk in order, waiting for a slow stream', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        setTimeout(() => (received.push(chunk.toString()), callback()), 1);
      },
    });
    await writeToStream(slow, ['a', 'b', 'c']);
    expect(received).toEqual(['a', 'b', 'c']);
  });

  it('stops quietly when the reader has gone (EPIPE, as with | head)', async () => {
    const stream = failingAfter(1, 'EPIPE');
    await expect(writeToStream(stream, ['header\n', 'row 1\n', 'row 2\n'])).resolves.toBeUndefined();
    expect(stream.received).toEqual(['header\n']);
  });

  it('reports other failures as an OutputError', async () => {
    await expect(writeToStream(failingAfter(0, 'EIO'), ['x'])).rejects.toBeInstanceOf(OutputError);
  });
});
