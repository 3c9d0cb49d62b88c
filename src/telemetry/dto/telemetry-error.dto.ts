import { ApiProperty } from '@nestjs/swagger';

export class TelemetryErrorDto {
  @ApiProperty({ description: 'HTTP status code.', example: 404, type: 'integer' })
  statusCode: number;

  @ApiProperty({ description: 'Stable error code to branch on.', example: 'TELEMETRY_METER_NOT_FOUND' })
  code: string;

  @ApiProperty({ description: 'What went wrong, for people.', example: 'No meter has the id MTR-9999999.' })
  message: string;
}
