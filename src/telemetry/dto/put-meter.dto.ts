import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { METER_KINDS, REGIONS, type MeterKind } from '../telemetry.constants.js';

export class PutMeterDto {
  @ApiProperty({ enum: METER_KINDS, description: 'Kind of customer behind the meter.', example: 'commercial' })
  kind: MeterKind;

  @ApiProperty({ enum: REGIONS, description: 'Grid region the meter belongs to.', example: 'harbour' })
  region: string;

  @ApiProperty({ description: 'Feeder within the region, as <region>-F01 to <region>-F12.', example: 'harbour-F03', pattern: '^[a-z-]+-F(0[1-9]|1[0-2])$' })
  feeder: string;

  @ApiPropertyOptional({ type: String, description: 'Free-form site label (address, building, asset tag): 1 to 200 characters, no control characters. Omit or send null to clear it.', example: 'Pier 4 cold store', maxLength: 200, nullable: true })
  site?: string | null;
}

export class MeterRegistrationDto {
  @ApiProperty({ description: 'Meter id.', example: 'SM-0042' })
  meterId: string;

  @ApiProperty({ enum: METER_KINDS, description: 'Kind of customer behind the meter.', example: 'commercial' })
  kind: MeterKind;

  @ApiProperty({ enum: REGIONS, description: 'Grid region of the meter.', example: 'harbour' })
  region: string;

  @ApiProperty({ description: 'Feeder within the region.', example: 'harbour-F03' })
  feeder: string;

  @ApiPropertyOptional({ description: 'Free-form site label; absent when none was given.', example: 'Pier 4 cold store' })
  site?: string;
}
