import { multiPagePdf } from '../../../test/support/minimal-pdf.js';
import { AppError } from '../../common/errors/app-error.js';
import { splitLegalSections } from './legal-sections.js';
import { readPdfText as extractPdfText } from './pdf-text.js';

describe(extractPdfText.name, () => {
  it('extracts every page in order, one line per text line and a blank line between pages', async () => {
    const pdf = multiPagePdf([
      ['Energy efficiency first', 'Member States shall apply the principle (Article 3).'],
      ['Article 11', 'Energy management systems and energy audits', '1. Enterprises above 85 TJ shall implement one.'],
    ]);
    const text = await extractPdfText(pdf);
    expect(text).toBe(
      'Energy efficiency first\nMember States shall apply the principle (Article 3).\n\n' +
        'Article 11\nEnergy management systems and energy audits\n1. Enterprises above 85 TJ shall implement one.',
    );
    const sections = splitLegalSections(text);
    expect(sections.map((s) => s.article)).toEqual([undefined, 'Article 11']);
    expect(sections[1].articleTitle).toBe('Energy management systems and energy audits');
  });

  it('leaves the caller\'s buffer intact and can read the same bytes twice', async () => {
    const pdf = multiPagePdf([['Heat pumps']]);
    const copy = Buffer.from(pdf);
    await expect(extractPdfText(pdf)).resolves.toBe('Heat pumps');
    expect(pdf.equals(copy)).toBe(true);
    await expect(extractPdfText(pdf)).resolves.toBe('Heat pumps');
  });

  it.each([
    ['no PDF header', Buffer.from('Article 11\nEnergy audits')],
    ['garbage after a PDF header', Buffer.from(`%PDF-1.7\n${'\u0001garbage \u00ff obj << >> '.repeat(50)}`, 'latin1')],
    ['a PDF cut short', multiPagePdf([['Article 11']]).subarray(0, 120)],
  ])('refuses %s with COMPLIANCE_PDF_INVALID', async (_case, content) => {
    const error: unknown = await extractPdfText(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'COMPLIANCE_PDF_INVALID', status: 400 });
  });

  it('refuses a password-protected PDF with its own code', async () => {
    const error: unknown = await extractPdfText(multiPagePdf([['Secret']], { encrypted: true })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'COMPLIANCE_PDF_ENCRYPTED', status: 400 });
  });

  it('parses on this thread (the fake worker) and leaves no stand-in rendering globals behind', async () => {
    await extractPdfText(multiPagePdf([['x']]));
    const scope = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: { WorkerMessageHandler?: unknown } };
    expect(scope.DOMMatrix).toBeUndefined();
    expect(scope.pdfjsWorker?.WorkerMessageHandler).toBeInstanceOf(Function);
  });
});
