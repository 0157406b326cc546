import { OutputError } from '../errors.js';

/** Streams that already carry the quiet 'error' listener, so repeated writes do not stack them. */
const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Writes chunks of text or bytes to a stream (stdout), one after another as the stream takes them. A closed pipe
 * (`edumentor … | head`) ends the writing quietly; any other failure is an OutputError.
 */
export async function writeToStream(stream: NodeJS.WritableStream, chunks: Iterable<string | Uint8Array>): Promise<void> {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    // Failures are reported through the write callbacks below; without a listener, the 'error' event that
    // follows them (or an EPIPE after the last write) would crash the run.
    stream.on('error', () => undefined);
  }
  for (const chunk of chunks) {
    const error = await new Promise<NodeJS.ErrnoException | null | undefined>((resolve) => {
      stream.write(chunk, resolve);
    });
    if (error?.code === 'EPIPE') return;
    if (error) throw new OutputError(`cannot write to standard output: ${error.message}`, { cause: error });
  }
}
