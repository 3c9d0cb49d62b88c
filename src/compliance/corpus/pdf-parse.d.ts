declare module 'pdf-parse/lib/pdf-parse.js' {
  interface PdfParseResult {
    text: string;
    numpages: number;
  }
  function pdfParse(data: Uint8Array, options?: { max?: number }): Promise<PdfParseResult>;
  export default pdfParse;
}
