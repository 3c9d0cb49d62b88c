import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiCallbacks,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtension,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestOrigin } from '../request-origin.js';
import { ErrorResponseDto } from '../../common/errors/error-response.dto.js';
import { REGIONS } from '../telemetry.constants.js';
import { EventStreams } from '../../common/http/event-stream.js';
import { ALERT_STREAM_OPTIONS, serveAlertStream } from './alert-stream.js';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES } from './alert-types.js';
import { AlertsService } from './alerts.service.js';
import { AlertDto, AlertPageDto } from './dto/alert.dto.js';
import { AlertNotificationDto, CreatedSubscriptionDto, CreateSubscriptionDto, SubscriptionDto } from './dto/subscription.dto.js';
import { MAX_ALERT_TOP } from './alerts-query.js';
import { WebhooksService } from './webhooks/webhooks.service.js';

const SUBSCRIPTION_EXAMPLE = { callbackUrl: 'https://prod-00.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke', kind: 'feeder-outage', severity: 'critical' };

@ApiTags('Alerts')
@ApiExtraModels(AlertNotificationDto)
@Controller('alerts')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly webhooks: WebhooksService,
    private readonly streams: EventStreams,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'ListAlerts',
    summary: 'List grid alerts',
    description: 'Returns feeder outages, faulty meters, silent meters and overloaded regions, newest first, filtered by state, kind, severity or region, one page at a time; follow nextLink for older ones.',
  })
  @ApiQuery({ name: 'state', required: false, enum: ALERT_STATES, description: 'Only active or only resolved alerts.' })
  @ApiQuery({ name: 'kind', required: false, enum: ALERT_KINDS, description: 'Only alerts of this kind.' })
  @ApiQuery({ name: 'severity', required: false, enum: ALERT_SEVERITIES, description: 'Only alerts of this severity.' })
  @ApiQuery({ name: 'region', required: false, enum: REGIONS, description: 'Only alerts in this region.' })
  @ApiQuery({ name: 'top', required: false, type: 'integer', description: `Page size, 1 to ${MAX_ALERT_TOP} (default 50).`, example: 50 })
  @ApiQuery({ name: 'skipToken', required: false, description: 'Continuation token taken from nextLink.' })
  @ApiOkResponse({ type: AlertPageDto, description: 'One page of alerts.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'ALERTS_QUERY_INVALID: a parameter is out of range.' })
  listAlerts(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest): AlertPageDto {
    return this.alerts.list(query, requestOrigin(request));
  }

  @Get('stream')
  @ApiExtension('x-ms-visibility', 'internal')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    operationId: 'StreamAlerts',
    summary: 'Stream alerts as server-sent events',
    description: 'Opens a server-sent events stream: an event named active with every active alert at once, then an event named raised or resolved for every change.',
  })
  @ApiOkResponse({ type: AlertDto, description: 'A text/event-stream; the data of each raised or resolved event is an AlertDto.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'EVENT_STREAM_LIMIT: too many streams open from this address.' })
  streamAlerts(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    serveAlertStream(this.streams.open(reply, request.ip, ALERT_STREAM_OPTIONS), this.alerts);
  }

  @Get(':alertId')
  @ApiOperation({
    operationId: 'GetAlert',
    summary: 'Get one grid alert',
    description: 'Returns one alert with the figures that raised it, and when it resolved if it has.',
  })
  @ApiParam({ name: 'alertId', description: 'Alert id, as listed or delivered.', example: 'fo-harbour-F03-mimn3k8g' })
  @ApiOkResponse({ type: AlertDto, description: 'The alert.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ALERTS_ALERT_NOT_FOUND: no alert has this id (resolved alerts are kept for a while, not forever).' })
  getAlert(@Param('alertId') alertId: string): AlertDto {
    return this.alerts.get(alertId);
  }

  @Post('subscriptions')
  @HttpCode(201)
  @ApiExtension('x-ms-trigger', 'single')
  @ApiExtension('x-ms-trigger-hint', 'To see it work, post a reading with status fault for a meter, or wait for a feeder outage.')
  @ApiCallbacks({
    name: 'alertRaised',
    callbackUrl: '{$request.body#/callbackUrl}',
    method: 'post',
    requestBody: { type: AlertNotificationDto },
    expectedResponse: { status: 200, description: 'Any 2xx takes the delivery; 410 Gone removes the subscription; 5xx, 408, 429 and timeouts are retried with backoff.' },
  })
  @ApiOperation({
    operationId: 'OnGridAlertRaised',
    summary: 'When a grid alert is raised',
    description: 'Registers a webhook: every alert raised from now on that passes the filters is POSTed as JSON to the callback URL, signed with HMAC-SHA256 in x-powergrid-signature.',
  })
  @ApiBody({ type: CreateSubscriptionDto, description: 'Callback URL and optional filters.', examples: { outages: { summary: 'Feeder outages', value: SUBSCRIPTION_EXAMPLE } } })
  @ApiCreatedResponse({
    type: CreatedSubscriptionDto,
    description: 'The subscription; Location is its URL, which DELETE removes.',
    headers: { Location: { description: 'URL of the subscription.', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'ALERTS_SUBSCRIPTION_INVALID or ALERTS_CALLBACK_URL_REFUSED (not https, or a loopback, private or link-local address).' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'ALERTS_SUBSCRIPTIONS_FULL: the server holds ALERT_MAX_SUBSCRIPTIONS subscriptions.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'STORAGE_UNAVAILABLE: the subscription could not be stored.' })
  async createSubscription(@Body() body: unknown, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CreatedSubscriptionDto> {
    const created = await this.webhooks.subscribe(body);
    const { origin, path } = requestOrigin(request);
    reply.header('location', `${origin}${path}/${created.subscriptionId}`);
    return created;
  }

  @Get('subscriptions/:subscriptionId')
  @ApiExtension('x-ms-visibility', 'internal')
  @ApiOperation({ operationId: 'GetAlertSubscription', summary: 'Get a webhook subscription', description: 'Returns a webhook subscription and its filters, without its secret.' })
  @ApiParam({ name: 'subscriptionId', description: 'Subscription id, from the Location header.', example: 'sub-3f1c9a7e5b2d4c60' })
  @ApiOkResponse({ type: SubscriptionDto, description: 'The subscription.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ALERTS_SUBSCRIPTION_NOT_FOUND: no subscription has this id.' })
  getSubscription(@Param('subscriptionId') subscriptionId: string): Promise<SubscriptionDto> {
    return this.webhooks.get(subscriptionId);
  }

  @Delete('subscriptions/:subscriptionId')
  @HttpCode(204)
  @ApiExtension('x-ms-visibility', 'internal')
  @ApiOperation({ operationId: 'DeleteAlertSubscription', summary: 'Delete a webhook subscription', description: 'Removes a webhook subscription; the trigger of a flow calls it when the flow is turned off or deleted.' })
  @ApiParam({ name: 'subscriptionId', description: 'Subscription id, from the Location header.', example: 'sub-3f1c9a7e5b2d4c60' })
  @ApiNoContentResponse({ description: 'Removed; no more deliveries.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'ALERTS_SUBSCRIPTION_NOT_FOUND: no subscription has this id.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'STORAGE_UNAVAILABLE: the removal could not be stored.' })
  deleteSubscription(@Param('subscriptionId') subscriptionId: string): Promise<void> {
    return this.webhooks.unsubscribe(subscriptionId);
  }
}
