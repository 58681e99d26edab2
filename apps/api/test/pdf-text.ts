import { inflateSync } from 'node:zlib';
import type request from 'supertest';

/**
 * A small text extractor for the PDFs pdfkit writes (test helper): it reads every object, inflates streams,
 * maps each font resource to its ToUnicode CMap, and decodes the glyph ids of `TJ`/`Tj` operators through it. It
 * proves that text is really encoded with the embedded font (a PDF viewer would show and copy the same text).
 */
export type PdfInspection = {
  /** Text runs as written, one line per text object. */
  text: string;
  /** The same with every run of whitespace (line wraps included) collapsed to one space. */
  flatText: string;
  fonts: string[];
  embeddedFontFiles: number;
};

type PdfObject = { dict: string; stream: Buffer | null };

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  const source = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const streamAt = body.indexOf('stream');
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let dataStart = start + streamAt + 'stream'.length;
    if (source[dataStart] === '\r') dataStart += 1;
    if (source[dataStart] === '\n') dataStart += 1;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? '0');
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), {
      dict,
      stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw,
    });
    header.lastIndex = end;
  }
  return objects;
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // An entry may hold several UTF-16 units (`<0066 0069>` for the "fi" ligature glyph).
  const hexToText = (hex: string) =>
    String.fromCharCode(...(hex.replace(/\s+/g, '').match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const line of section[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f ]+>)/gi)) {
      const from = parseInt(line[1], 16);
      const to = parseInt(line[2], 16);
      if (line[3].startsWith('[')) {
        const targets = [...line[3].matchAll(/<([0-9a-f ]+)>/gi)].map((m) => hexToText(m[1]));
        targets.forEach((text, i) => map.set(from + i, text));
      } else {
        const base = parseInt(line[3].slice(1, -1), 16);
        for (let code = from; code <= to; code += 1) map.set(code, String.fromCodePoint(base + code - from));
      }
    }
  }
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const line of section[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      map.set(parseInt(line[1], 16), hexToText(line[2]));
    }
  }
  return map;
}

export function inspectPdf(pdf: Buffer): PdfInspection {
  const objects = readObjects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const cmaps = new Map<string, Map<number, string>>();
  const fonts = new Set<string>();
  let embeddedFontFiles = 0;
  for (const object of objects.values()) {
    if (/\/FontFile2 \d+ 0 R/.test(object.dict)) embeddedFontFiles += 1;
    const fontTable = /\/Font\s*<<([^>]*)>>/.exec(object.dict);
    if (!fontTable) continue;
    for (const entry of fontTable[1].matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const font = objects.get(Number(entry[2]));
      if (!font) continue;
      const baseFont = /\/BaseFont \/([\w+-]+)/.exec(font.dict)?.[1];
      if (baseFont) fonts.add(baseFont);
      const cmap = objects.get(ref(font.dict, 'ToUnicode'))?.stream;
      if (cmap) cmaps.set(entry[1], parseCmap(cmap.toString('latin1')));
    }
  }
  const lines: string[] = [];
  for (const object of objects.values()) {
    const content = object.stream?.toString('latin1');
    if (!content || !/\bBT\b/.test(content)) continue;
    let cmap = new Map<number, string>();
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|(\[[^\]]*\]) TJ|<([0-9a-f]*)> Tj|\bET\b/gi)) {
      if (op[1]) {
        cmap = cmaps.get(op[1]) ?? new Map();
        continue;
      }
      if (op[0] === 'ET') {
        lines.push('\n');
        continue;
      }
      const hexes = op[2] ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((m) => m[1]) : [op[3]];
      for (const hex of hexes) {
        for (const unit of hex.match(/.{4}/g) ?? []) lines.push(cmap.get(parseInt(unit, 16)) ?? '\uFFFD');
      }
    }
  }
  const text = lines.join('');
  return { text, flatText: text.replace(/\s+/g, ' ').trim(), fonts: [...fonts], embeddedFontFiles };
}

/** Collects a binary response body (supertest parses only text types by default). */
export const binary: Parameters<request.Test['parse']>[0] = (res, callback) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};
