import { ApiProperty } from '@nestjs/swagger';
import { REGIONS } from '../telemetry.constants.js';

export class StatusCountsDto {
  @ApiProperty({ description: 'Meters reading normally.', example: 4700, type: 'integer' })
  normal: number;

  @ApiProperty({ description: 'Meters at peak load.', example: 210, type: 'integer' })
  peak: number;

  @ApiProperty({ description: 'Meters on a feeder in outage.', example: 60, type: 'integer' })
  outage: number;

  @ApiProperty({ description: 'Meters reporting a fault.', example: 4, type: 'integer' })
  fault: number;

  @ApiProperty({ description: 'Meters not reporting.', example: 26, type: 'integer' })
  offline: number;
}

export class RegionSummaryDto {
  @ApiProperty({ enum: REGIONS, description: 'Region name.', example: 'harbour' })
  region: string;

  @ApiProperty({ description: 'Load of the region at the latest tick in kilowatts.', example: 1830.5 })
  loadKw: number;

  @ApiProperty({ description: 'Meters in the region.', example: 640, type: 'integer' })
  meterCount: number;
}

export class GridHistoryPointDto {
  @ApiProperty({ description: 'Tick number.', example: 1233, type: 'integer' })
  tick: number;

  @ApiProperty({ description: 'Time of the tick (ISO 8601, UTC).', example: '2026-11-27T02:29:59.000Z' })
  timestamp: string;

  @ApiProperty({ description: 'Total grid load at that tick in kilowatts.', example: 15210.25 })
  totalLoadKw: number;
}

export class GridSummaryDto {
  @ApiProperty({ description: 'Latest tick.', example: 1234, type: 'integer' })
  tick: number;

  @ApiProperty({ description: 'Time of the latest tick (ISO 8601, UTC).', example: '2026-11-27T02:30:00.000Z' })
  timestamp: string;

  @ApiProperty({ description: 'Total grid load at the latest tick in kilowatts.', example: 15230.75 })
  totalLoadKw: number;

  @ApiProperty({ description: 'Meters in the store (simulated and real).', example: 5000, type: 'integer' })
  meterCount: number;

  @ApiProperty({ type: StatusCountsDto, description: 'Meters in each status.' })
  byStatus: StatusCountsDto;

  @ApiProperty({ type: [RegionSummaryDto], description: 'Load and meter count per region.' })
  regions: RegionSummaryDto[];

  @ApiProperty({ type: [GridHistoryPointDto], description: 'Recent grid totals, oldest first.' })
  history: GridHistoryPointDto[];
}
