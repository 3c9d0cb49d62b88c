import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGIONS } from '../../telemetry.constants.js';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_SUBJECT_TYPES, type AlertKind, type AlertSeverity, type AlertSubjectType } from '../alert-types.js';

export class AlertFiguresDto {
  @ApiPropertyOptional({ description: 'Feeder outage: meters of the feeder reporting an outage.', type: 'integer', example: 52 })
  metersOut?: number;

  @ApiPropertyOptional({ description: 'Feeder outage: meters on the feeder; storm alert: meters past the per-region cap.', type: 'integer', example: 52 })
  meters?: number;

  @ApiPropertyOptional({ description: 'Meter fault: active power in kW at the time.', example: 0.412 })
  powerKw?: number;

  @ApiPropertyOptional({ description: 'Meter fault: supply voltage in volts at the time.', example: 176.3 })
  voltageV?: number;

  @ApiPropertyOptional({ description: 'Silent meter: seconds since its last reading.', type: 'integer', example: 420 })
  silentSeconds?: number;

  @ApiPropertyOptional({ description: 'Region load: the load in kW that raised the alert.', example: 18250.5 })
  loadKw?: number;

  @ApiPropertyOptional({ description: 'Region load: the threshold in kW it crossed.', example: 16000 })
  thresholdKw?: number;
}

export class AlertDto {
  @ApiProperty({ description: 'Stable id of the alert: kind, subject and when it was raised.', example: 'fo-harbour-F03-mimn3k8g' })
  alertId: string;

  @ApiProperty({ enum: ALERT_KINDS, description: 'What happened: a feeder outage, a faulty meter, a silent real meter, or a region above its load threshold.', example: 'feeder-outage' })
  kind: AlertKind;

  @ApiProperty({ enum: ALERT_SEVERITIES, description: 'How urgent it is.', example: 'critical' })
  severity: AlertSeverity;

  @ApiProperty({ enum: ALERT_SUBJECT_TYPES, description: 'What the alert is about.', example: 'feeder' })
  subjectType: AlertSubjectType;

  @ApiProperty({ description: 'The feeder name, meter id or region the alert is about.', example: 'harbour-F03' })
  subject: string;

  @ApiProperty({ enum: REGIONS, description: 'Region of the subject.', example: 'harbour' })
  region: string;

  @ApiPropertyOptional({ description: 'Feeder of the subject (feeder and meter alerts).', example: 'harbour-F03' })
  feeder?: string;

  @ApiPropertyOptional({ description: 'Meter id (meter alerts).', example: 'MTR-0000042' })
  meterId?: string;

  @ApiProperty({ description: 'One sentence for people.', example: 'Feeder harbour-F03 is out: 52 of its 52 meters report an outage.' })
  summary: string;

  @ApiProperty({ description: 'When the alert was raised (ISO 8601, UTC).', example: '2026-12-01T13:05:00.000Z' })
  raisedAt: string;

  @ApiPropertyOptional({ description: 'When it cleared (ISO 8601, UTC); absent while it is active.', example: '2026-12-01T13:20:00.000Z' })
  resolvedAt?: string;

  @ApiProperty({ type: AlertFiguresDto, description: 'The figures that raised it.' })
  figures: AlertFiguresDto;
}

export class AlertPageDto {
  @ApiProperty({ type: [AlertDto], description: 'Alerts on this page, newest first.' })
  value: AlertDto[];

  @ApiPropertyOptional({
    description: 'Absolute URL of the next (older) page with the same filters; absent on the last page.',
    example: 'https://grid.example.com/api/alerts?state=active&top=50&skipToken=120',
  })
  nextLink?: string;

  @ApiProperty({ description: 'Alerts active now, whatever the filters.', type: 'integer', example: 3 })
  activeCount: number;
}
