import { writeFileAtomic } from './write-table.js';

/** Writes data as YAML (.yaml/.yml) or JSON (anything else), atomically. */
export async function writeStructuredFile(file: string, data: unknown, header?: string): Promise<void> {
  const yaml = /\.ya?ml$/i.test(file);
  const body = yaml ? (await import('yaml')).stringify(data, { lineWidth: 0 }) : `${JSON.stringify(data, null, 2)}\n`;
  const comment = header && yaml ? header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n') + '\n' : '';
  await writeFileAtomic(file, comment + body);
}
