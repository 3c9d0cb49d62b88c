import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGIONS } from '../../telemetry.constants.js';
import { ALERT_KINDS, ALERT_SEVERITIES, type AlertKind, type AlertSeverity } from '../alert-types.js';
import { AlertDto } from './alert.dto.js';

export class CreateSubscriptionDto {
  @ApiProperty({
    description: 'URL that receives a POST for every raised alert that passes the filters (https, public address).',
    example: 'https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke',
    maxLength: 2048,
    'x-ms-notification-url': true,
    'x-ms-visibility': 'internal',
  } as Record<string, unknown>)
  callbackUrl: string;

  @ApiPropertyOptional({ enum: ALERT_KINDS, description: 'Only alerts of this kind.', example: 'feeder-outage' })
  kind?: AlertKind;

  @ApiPropertyOptional({ enum: ALERT_SEVERITIES, description: 'Only alerts of this severity or a more severe one.', example: 'warning' })
  severity?: AlertSeverity;

  @ApiPropertyOptional({ enum: REGIONS, description: 'Only alerts in this region.', example: 'harbour' })
  region?: string;

  @ApiPropertyOptional({
    description: 'Key of the HMAC-SHA256 signature of each delivery (16 to 128 characters); one is generated when absent.',
    minLength: 16,
    maxLength: 128,
    'x-ms-visibility': 'internal',
  } as Record<string, unknown>)
  secret?: string;
}

export class SubscriptionDto {
  @ApiProperty({ description: 'Id of the subscription; the Location header points at it.', example: 'sub-3f1c9a7e5b2d4c60' })
  subscriptionId: string;

  @ApiProperty({ description: 'Where deliveries go.', example: 'https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke' })
  callbackUrl: string;

  @ApiPropertyOptional({ enum: ALERT_KINDS, description: 'Only alerts of this kind.', example: 'feeder-outage' })
  kind?: AlertKind;

  @ApiPropertyOptional({ enum: ALERT_SEVERITIES, description: 'Only alerts of this severity or a more severe one.', example: 'warning' })
  severity?: AlertSeverity;

  @ApiPropertyOptional({ enum: REGIONS, description: 'Only alerts in this region.', example: 'harbour' })
  region?: string;

  @ApiProperty({ description: 'When it was created (ISO 8601, UTC).', example: '2026-12-01T13:00:00.000Z' })
  createdAt: string;
}

export class CreatedSubscriptionDto extends SubscriptionDto {
  @ApiProperty({ description: 'Key of the x-powergrid-signature HMAC (sha256=hex of the body); shown only in this answer.', example: '9c1d0f5e4b7a2c3d8e6f1a0b9c8d7e6f' })
  secret: string;
}

/** The body of a webhook delivery: what the trigger "When a grid alert is raised" outputs. */
export class AlertNotificationDto {
  @ApiProperty({ enum: ['alert.raised'], description: 'The event; always alert.raised for now.', example: 'alert.raised' })
  event: string;

  @ApiProperty({ description: 'Id of this delivery; the same on every retry of it.', example: '2b9c8e0a-6d1f-4f4e-9a57-1c3b5d7e9f00' })
  deliveryId: string;

  @ApiProperty({ description: 'Subscription the delivery is for.', example: 'sub-3f1c9a7e5b2d4c60' })
  subscriptionId: string;

  @ApiProperty({ description: 'When this attempt was sent (ISO 8601, UTC).', example: '2026-12-01T13:05:00.120Z' })
  sentAt: string;

  @ApiProperty({ type: AlertDto, description: 'The alert that was raised.' })
  alert: AlertDto;
}
