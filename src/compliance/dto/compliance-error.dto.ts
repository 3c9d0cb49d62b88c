import { ApiProperty } from '@nestjs/swagger';

export class ComplianceErrorDto {
  @ApiProperty({ description: 'HTTP status code, repeated in the body.', example: 400 })
  statusCode: number;

  @ApiProperty({ description: 'Stable error code to branch on.', example: 'COMPLIANCE_QUESTION_EMPTY' })
  code: string;

  @ApiProperty({ description: 'What went wrong, for people.', example: 'The question is empty.' })
  message: string;
}
