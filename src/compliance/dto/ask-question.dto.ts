import { ApiProperty } from '@nestjs/swagger';

export class AskQuestionDto {
  @ApiProperty({
    description: 'A question about Directive (EU) 2023/1791 or the documents added to the corpus; 1-2000 characters after trimming.',
    example: 'Which enterprises must carry out an energy audit, and how often?',
    minLength: 1,
    maxLength: 2000,
  })
  question: string;
}
