import type { Readable } from 'node:stream';

import { StreamableFile } from '@nestjs/common';

/** `filename*` carries the real (UTF-8) name; `filename` an ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A download: the content sent as an attachment under the file's own name. */
export function attachment(
  content: Uint8Array | Readable,
  file: { type: string; length: number; fileName: string },
): StreamableFile {
  const options = { type: file.type, length: file.length, disposition: contentDisposition(file.fileName) };
  // StreamableFile has one overload per kind of content.
  return content instanceof Uint8Array
    ? new StreamableFile(content, options)
    : new StreamableFile(content, options);
}
