import PDFDocument from 'pdfkit';

/**
 * A document as plain data: the builders (application, decision letter) decide what it says, this file only lays
 * it out. Keeping the two apart lets the builders be unit-tested without parsing PDF.
 */
export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Label → value pairs, one per line. */
  | { kind: 'fields'; rows: ReadonlyArray<readonly [string, string]> }
  /** A bulleted list. */
  | { kind: 'list'; items: readonly string[] };

export type PdfDocumentModel = {
  title: string;
  subtitle?: string;
  lang: 'ru' | 'en';
  blocks: readonly PdfBlock[];
  /** Printed at the bottom of every page, e.g. the snapshot's SHA-256. */
  footer: string;
  /** The document's date (PDF metadata); passed in so the same input renders the same bytes. */
  createdAt: Date;
};

// DejaVu covers Cyrillic and Latin; PDF's built-in Helvetica has no Cyrillic glyphs, so the TTF is embedded
// (as a subset with a ToUnicode map, so text can be searched and copied).
const REGULAR_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 56;

/** Renders the model as an A4 PDF with the DejaVu Sans font embedded. */
export function renderPdf(model: PdfDocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 24, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: model.lang,
    info: {
      Title: model.title,
      Creator: 'Smart City Roadmaps',
      CreationDate: model.createdAt,
      ModDate: model.createdAt,
    },
  });
  doc.registerFont('regular', REGULAR_FONT);
  doc.registerFont('bold', BOLD_FONT);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(16).text(model.title);
  if (model.subtitle) doc.moveDown(0.3).font('regular').fontSize(11).fillColor('#444').text(model.subtitle);
  doc.fillColor('black').moveDown();
  for (const block of model.blocks) writeBlock(doc, block);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN;
    // Writing below the bottom margin would add a page; lift the margin while printing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(7)
      .fillColor('#555')
      .text(`${model.footer} · ${i + 1}/${range.count}`, MARGIN, y, {
        width: doc.page.width - 2 * MARGIN,
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function writeBlock(doc: PDFKit.PDFDocument, block: PdfBlock): void {
  switch (block.kind) {
    case 'heading':
      doc.moveDown(0.6).font('bold').fontSize(12).text(block.text).moveDown(0.3);
      return;
    case 'paragraph':
      doc.font('regular').fontSize(10).text(block.text).moveDown(0.4);
      return;
    case 'fields':
      for (const [label, value] of block.rows) {
        doc.font('bold').fontSize(10).text(`${label}: `, { continued: true });
        doc.font('regular').text(value);
      }
      doc.moveDown(0.4);
      return;
    case 'list':
      doc
        .font('regular')
        .fontSize(10)
        .list([...block.items], { bulletRadius: 1.5, textIndent: 10 });
      doc.moveDown(0.4);
      return;
  }
}
