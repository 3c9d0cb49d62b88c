declare module 'pdf-parse/lib/pdf-parse.js' {
  interface PdfParseResult {
    text: string;
    numpages: number;
  }
  function pdfParse(data: Buffer, options?: { max?: number }): Promise<PdfParseResult>;
  export default pdfParse;
}
