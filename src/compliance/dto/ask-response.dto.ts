import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CitationDto } from './citation.dto.js';

export class AskResponseDto {
  @ApiProperty({
    description: 'The answer, with [n] markers that refer to the citations in order; or the reason for a refusal.',
    example: 'Article 11 (Energy management systems and energy audits): Enterprises with an average annual consumption higher than 10 TJ ... are subject to an energy audit. [1]',
  })
  answer: string;

  @ApiProperty({ description: 'True when the copilot declined to answer (off-topic, not grounded in the corpus, or a prompt injection).', example: false })
  refused: boolean;

  @ApiPropertyOptional({
    description: 'Why the question was refused; present only when refused is true.',
    enum: ['not_in_corpus', 'prompt_injection', 'insufficient_context'],
    example: 'not_in_corpus',
  })
  reason?: string;

  @ApiProperty({ description: 'The passages the answer quotes (used: true), in the order of their [n] markers, then further relevant passages of up to five distinct articles in retrieval order (used: false).', type: [CitationDto] })
  citations: CitationDto[];

  @ApiProperty({ description: 'llm when a chat model wrote the answer, extractive when it was composed from retrieved sentences.', enum: ['llm', 'extractive'], example: 'extractive' })
  mode: string;

  @ApiPropertyOptional({ description: 'True when the chat model failed or timed out and the extractive answer was returned instead.', example: true })
  degraded?: boolean;
}
