/**
 * Which files may be attached to a roadmap as evidence. A file must carry an allowed extension AND its bytes must
 * look like that format (magic bytes), so a renamed executable or HTML page is refused whatever it is called.
 */
// Durable: stored in the database (roadmap_evidence.file_type). Never rename a value.
export const EVIDENCE_FILE_TYPES = ['pdf', 'png', 'jpeg', 'docx', 'xlsx', 'odt', 'ods', 'txt'] as const;
export type EvidenceFileType = (typeof EVIDENCE_FILE_TYPES)[number];

/** Extensions (lower case, without the dot) accepted for each type. */
export const EVIDENCE_FILE_EXTENSIONS: Record<EvidenceFileType, readonly string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  odt: ['odt'],
  ods: ['ods'],
  txt: ['txt'],
};

/** The Content-Type a stored file is served with (never the one the uploader claimed). */
export const EVIDENCE_CONTENT_TYPES: Record<EvidenceFileType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
};

export type EvidenceFileCheck = { ok: true; type: EvidenceFileType } | { ok: false; reason: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** Whether `needle` (ASCII) occurs anywhere in the bytes; ZIP entry names are stored uncompressed. */
function contains(bytes: Uint8Array, needle: string): boolean {
  const pattern = ascii(needle);
  const first = pattern[0];
  for (
    let i = bytes.indexOf(first);
    i !== -1 && i <= bytes.length - pattern.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    if (startsWith(bytes, pattern, i)) return true;
  }
  return false;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** An OpenDocument file is a ZIP whose first entry is an uncompressed `mimetype` file naming the format. */
function openDocumentMime(bytes: Uint8Array): string | null {
  if (!startsWith(bytes, ZIP) || !startsWith(bytes, ascii('mimetype'), 30)) return null;
  const end = Math.min(bytes.length, 38 + 80);
  return String.fromCharCode(...bytes.subarray(38, end)).split(/[^a-z0-9.+/-]/i)[0] ?? null;
}

/** Plain text: valid UTF-8 without NUL bytes (binary formats are full of them). */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bytesMatch(type: EvidenceFileType, bytes: Uint8Array): boolean {
  switch (type) {
    case 'pdf':
      return startsWith(bytes, ascii('%PDF-'));
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'docx':
      return startsWith(bytes, ZIP) && contains(bytes, '[Content_Types].xml') && contains(bytes, 'word/');
    case 'xlsx':
      return startsWith(bytes, ZIP) && contains(bytes, '[Content_Types].xml') && contains(bytes, 'xl/');
    case 'odt':
      return openDocumentMime(bytes) === 'application/vnd.oasis.opendocument.text';
    case 'ods':
      return openDocumentMime(bytes) === 'application/vnd.oasis.opendocument.spreadsheet';
    case 'txt':
      return isPlainText(bytes);
  }
}

/** The type of an upload when both its name and its content say so; otherwise a reason fit for the uploader. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): EvidenceFileCheck {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty' };
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = EVIDENCE_FILE_TYPES.find((t) => EVIDENCE_FILE_EXTENSIONS[t].includes(extension));
  const allowed = EVIDENCE_FILE_TYPES.flatMap((t) => EVIDENCE_FILE_EXTENSIONS[t]).join(', ');
  if (!type) return { ok: false, reason: `Files of this type cannot be attached; allowed: ${allowed}` };
  if (!bytesMatch(type, bytes)) {
    return { ok: false, reason: `The file is named .${extension} but its content is not a ${type} file` };
  }
  return { ok: true, type };
}

/**
 * A file name safe to offer in Content-Disposition and to show: no path, no control characters, at most 200
 * characters (keeping the extension).
 */
export function sanitizeFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (clean.length <= 200) return clean || 'file';
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return `${clean.slice(0, 200 - ext.length)}${ext}`;
}
