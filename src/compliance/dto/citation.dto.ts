import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CitationDto {
  @ApiProperty({ description: 'Id of the document the passage comes from.', example: 'note-article-11' })
  documentId: string;

  @ApiProperty({ description: 'Title of that document.', example: 'Article 11 — Energy management systems and energy audits' })
  title: string;

  @ApiPropertyOptional({ description: 'Article or annex of the directive the passage belongs to, when known; absent for a recital.', example: 'Article 11' })
  article?: string;

  @ApiPropertyOptional({ description: 'Numbered paragraph of the article or annex the passage is ("11(2)", "Annex VI(1)"), or the recital of the preamble ("Recital 30"), when known.', example: '11(2)' })
  paragraph?: string;

  @ApiProperty({
    description: 'Where the passage comes from: the bundled notes, the official text of the directive (verified by fingerprint), or a document uploaded by a user (title as the uploader gave it).',
    enum: ['bundled', 'official', 'uploaded'],
    example: 'official',
  })
  source: 'bundled' | 'official' | 'uploaded';

  @ApiProperty({
    description: 'The start of the cited passage (at most about 300 characters).',
    example: 'Enterprises with an average annual consumption higher than 10 TJ ... are subject to an energy audit.',
  })
  excerpt: string;

  @ApiProperty({ description: 'Retrieval score of the passage (reciprocal-rank fusion of dense and BM25 rankings, plus 1 for an article the question names); higher is closer.', example: 0.42 })
  score: number;

  @ApiProperty({
    description: 'True when the answer quotes this passage (the [n] markers count these, which come first); false for a further relevant passage, from another article, that retrieval ranked high.',
    example: true,
  })
  used: boolean;
}
