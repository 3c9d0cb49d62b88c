import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CitationDto {
  @ApiProperty({ description: 'Id of the document the passage comes from.', example: 'note-article-11' })
  documentId: string;

  @ApiProperty({ description: 'Title of that document.', example: 'Article 11 — Energy management systems and energy audits' })
  title: string;

  @ApiPropertyOptional({ description: 'Article or annex of the directive the passage belongs to, when known.', example: 'Article 11' })
  article?: string;

  @ApiProperty({
    description: 'The start of the cited passage (at most about 300 characters).',
    example: 'Enterprises with an average annual consumption higher than 10 TJ ... are subject to an energy audit.',
  })
  excerpt: string;

  @ApiProperty({ description: 'Retrieval score of the passage (cosine similarity plus any article-match boost); higher is closer.', example: 0.42 })
  score: number;
}
