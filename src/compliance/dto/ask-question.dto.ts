import { ApiProperty } from '@nestjs/swagger';
import { MAX_QUESTION_CHARS } from '../compliance.constants.js';

export class AskQuestionDto {
  @ApiProperty({
    description: `A question about Directive (EU) 2023/1791 or the documents added to the corpus; 1-${MAX_QUESTION_CHARS} characters after trimming.`,
    example: 'Which enterprises must carry out an energy audit, and how often?',
    minLength: 1,
    maxLength: MAX_QUESTION_CHARS,
  })
  question: string;
}
