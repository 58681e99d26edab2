import type { EvidenceLimitsResponse } from '@smartcity/contracts';

/** Why a file cannot be uploaded, found before sending it (the API checks the same, and the content too). */
export type UploadProblem =
  | { kind: 'empty' }
  | { kind: 'too-large'; sizeBytes: number; maxBytes: number }
  | { kind: 'type'; extension: string };

/** `Отчёт.final.PDF` → `pdf`; '' without an extension. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 || dot === fileName.length - 1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The API's limits applied to a chosen file: extension first (the clearest message), then size. */
export function uploadProblem(
  file: { name: string; size: number },
  limits: Pick<EvidenceLimitsResponse, 'maxBytes' | 'extensions'>,
): UploadProblem | null {
  const extension = extensionOf(file.name);
  if (!limits.extensions.includes(extension)) return { kind: 'type', extension };
  if (file.size === 0) return { kind: 'empty' };
  if (file.size > limits.maxBytes)
    return { kind: 'too-large', sizeBytes: file.size, maxBytes: limits.maxBytes };
  return null;
}

export type ByteSize = { unit: 'bytes' | 'kilobytes' | 'megabytes'; value: string };

/** A size for people: bytes below 1 KB, KB below 1 MB, else MB with at most one decimal (binary units). */
export function byteSize(bytes: number, locale: string): ByteSize {
  const format = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (bytes < 1024) return { unit: 'bytes', value: String(bytes) };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', value: format(bytes / 1024) };
  return { unit: 'megabytes', value: format(bytes / (1024 * 1024)) };
}

/** `pdf, png, jpg…` as the file input's `accept` value: `.pdf,.png,.jpg`. */
export function acceptAttribute(extensions: readonly string[]): string {
  return extensions.map((extension) => `.${extension}`).join(',');
}

/** http(s) URLs only, as the API requires. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
