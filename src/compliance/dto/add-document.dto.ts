import { ApiProperty } from '@nestjs/swagger';

export class AddDocumentDto {
  @ApiProperty({ description: 'Title shown in citations; at most 200 characters.', example: 'Internal energy audit policy' })
  title: string;

  @ApiProperty({
    description: 'The document text (plain text, Markdown or HTML); at most 5 MB. Use multipart/form-data with a file field for PDF.',
    example: '# Article 11 — Energy audits\n\nOur sites above 10 TJ are audited every four years.',
  })
  content: string;

  @ApiProperty({ description: 'Media type of content.', enum: ['text/plain', 'text/markdown', 'text/html'], example: 'text/markdown' })
  contentType: string;
}

export class UploadDocumentDto {
  @ApiProperty({ description: 'The file: .txt, .md, .html or .pdf, at most 5 MB.', type: 'string', format: 'binary' })
  file: unknown;

  @ApiProperty({ description: 'Optional title; the file name is used when absent.', required: false, example: 'Energy audit report 2026' })
  title?: string;
}
