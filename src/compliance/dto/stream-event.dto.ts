import { ApiProperty } from '@nestjs/swagger';

export class AskStreamTokenDto {
  @ApiProperty({ description: 'A fragment of the answer text, in order.', example: 'Article 11 (Energy management systems and energy audits): ' })
  text: string;
}
