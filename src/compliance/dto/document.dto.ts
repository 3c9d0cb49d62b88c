import { ApiProperty } from '@nestjs/swagger';

export class DocumentDto {
  @ApiProperty({ description: 'Stable id of the document: a UUID for uploads, note-... for bundled notes.', example: '3f6c2a9e-8b1d-4c55-9d0e-2b7f4a1c9e10' })
  documentId: string;

  @ApiProperty({ description: 'Title given when the document was added, or the heading of a bundled note.', example: 'Directive (EU) 2023/1791 (official text)' })
  title: string;

  @ApiProperty({ description: 'Media type of the original content.', enum: ['text/plain', 'text/markdown', 'text/html', 'application/pdf'], example: 'text/plain' })
  contentType: string;

  @ApiProperty({ description: 'bundled for the notes shipped with the product, uploaded for documents users added.', enum: ['bundled', 'uploaded'], example: 'uploaded' })
  source: string;

  @ApiProperty({ description: 'Size of the original content in bytes.', example: 381378 })
  sizeBytes: number;

  @ApiProperty({ description: 'Number of indexed passages (chunks) the document was split into.', example: 424 })
  chunkCount: number;

  @ApiProperty({ description: 'When the document was added (ISO 8601, UTC).', example: '2026-11-27T02:40:00.000Z' })
  createdAt: string;
}

export class DocumentListDto {
  @ApiProperty({ description: 'Every document of the corpus, bundled notes first.', type: [DocumentDto] })
  value: DocumentDto[];

  @ApiProperty({ description: 'Number of documents in value.', example: 52 })
  count: number;
}
