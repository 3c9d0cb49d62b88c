import { ApiProperty } from '@nestjs/swagger';

/** The one error shape of every failure, documented once for every route. */
export class ErrorResponseDto {
  @ApiProperty({ description: 'The HTTP status code, repeated in the body.', example: 404, type: 'integer' })
  statusCode: number;

  @ApiProperty({ description: 'Stable error code to branch on.', example: 'TELEMETRY_METER_NOT_FOUND' })
  code: string;

  @ApiProperty({ description: 'What went wrong, for people.', example: 'No meter has the id MTR-9999999.' })
  message: string;
}
