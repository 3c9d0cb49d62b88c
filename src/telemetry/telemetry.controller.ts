import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiExtension,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestOrigin } from './request-origin.js';
import { BodyLimit } from '../common/http/body-limit.js';
import { EventStreams } from '../common/http/event-stream.js';
import { GridSummaryDto } from './dto/grid-summary.dto.js';
import { MeterDetailDto } from './dto/meter-detail.dto.js';
import { PostReadingsDto } from './dto/post-readings.dto.js';
import { MeterRegistrationDto, PutMeterDto } from './dto/put-meter.dto.js';
import { ReadingsResultDto } from './dto/readings-result.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { TelemetryPageDto } from './dto/telemetry-page.dto.js';
import { SUMMARY_STREAM_OPTIONS, serveSummaryStream } from './summary-stream.js';
import { METER_KINDS, METER_STATUSES, REGIONS } from './telemetry.constants.js';
import { DEFAULT_HISTORY_POINTS, integerParam } from './telemetry-query.js';
import { TelemetryService } from './telemetry.service.js';

/** 10,000 readings of JSON are about 1.5 MB; leave room for long ids and pretty-printing. */
export const READINGS_BODY_LIMIT = 8 * 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

@ApiTags('Telemetry')
@Controller('energy')
export class TelemetryController {
  constructor(
    private readonly telemetry: TelemetryService,
    private readonly streams: EventStreams,
  ) {}

  @Get('telemetry')
  @Header('content-type', JSON_TYPE)
  @ApiOperation({
    operationId: 'ListTelemetry',
    summary: 'List the latest meter readings',
    description: 'Returns the latest reading of each meter in stable order, filtered by status, region, kind or id, one page at a time; follow nextLink for the next page.',
  })
  @ApiQuery({ name: 'status', required: false, enum: METER_STATUSES, description: 'Only meters in this status.' })
  @ApiQuery({ name: 'region', required: false, enum: REGIONS, description: 'Only meters in this region.' })
  @ApiQuery({ name: 'kind', required: false, enum: METER_KINDS, description: 'Only meters of this kind.' })
  @ApiQuery({ name: 'search', required: false, description: 'Only meters whose id contains this text (case-insensitive).', example: 'MTR-00001' })
  @ApiQuery({ name: 'top', required: false, type: 'integer', description: 'Page size, 1 to 1000 (default 100).', example: 100 })
  @ApiQuery({ name: 'skipToken', required: false, description: 'Continuation token taken from nextLink.' })
  @ApiOkResponse({ type: TelemetryPageDto, description: 'One page of readings.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'TELEMETRY_QUERY_INVALID: a parameter is out of range.' })
  listTelemetry(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest): Promise<string> {
    return this.telemetry.listTelemetry(query, requestOrigin(request));
  }

  @Get('meters/:meterId')
  @ApiOperation({
    operationId: 'GetMeter',
    summary: 'Get one meter with its recent history',
    description: 'Returns the attributes of a meter, its latest reading and up to its last 60 readings, oldest first.',
  })
  @ApiParam({ name: 'meterId', description: 'Meter id.', example: 'MTR-0000042' })
  @ApiOkResponse({ type: MeterDetailDto, description: 'The meter.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'TELEMETRY_METER_NOT_FOUND: no meter has this id.' })
  getMeter(@Param('meterId') meterId: string): MeterDetailDto {
    return this.telemetry.getMeter(meterId);
  }

  @Put('meters/:meterId')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'PutMeter',
    summary: 'Register or update a real meter',
    description: 'Sets the kind, region, feeder and an optional free-form site of a real meter, registering it when it is new; sending the same body again changes nothing. Simulated meter ids (MTR- and seven digits) are refused.',
  })
  @ApiParam({ name: 'meterId', description: 'Id of the real meter: letters, digits and . _ : - (1 to 64 characters).', example: 'SM-0042' })
  @ApiBody({ type: PutMeterDto, description: 'The meter attributes.' })
  @ApiOkResponse({ type: MeterRegistrationDto, description: 'The meter as registered.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'TELEMETRY_METER_INVALID: the id or an attribute is not valid; nothing was changed.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'TELEMETRY_METER_SIMULATED: the id belongs to a simulated meter; TELEMETRY_METER_CAPACITY_REACHED: no real meter slot is left.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'STORAGE_UNAVAILABLE: the registration could not be stored; nothing was changed, retry.' })
  putMeter(@Param('meterId') meterId: string, @Body() body: unknown): Promise<MeterRegistrationDto> {
    return this.telemetry.putMeter(meterId, body);
  }

  @Get('summary')
  @Header('content-type', JSON_TYPE)
  @ApiOperation({
    operationId: 'GetGridSummary',
    summary: 'Get grid totals and their recent history',
    description: 'Returns total load, meters by status and per-region load at the latest tick, with the grid total of recent ticks, oldest first.',
  })
  @ApiQuery({ name: 'historyPoints', required: false, type: 'integer', description: 'Ticks of history, 0 to 3600 (default 60).', example: 60 })
  @ApiOkResponse({ type: GridSummaryDto, description: 'The grid summary.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'TELEMETRY_QUERY_INVALID: historyPoints is out of range.' })
  getGridSummary(@Query() query: Record<string, unknown>): string {
    return this.telemetry.getSummaryJson(integerParam(query, 'historyPoints', DEFAULT_HISTORY_POINTS, 0, 3600));
  }

  @Get('stream')
  @ApiExtension('x-ms-visibility', 'internal')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    operationId: 'StreamGridSummary',
    summary: 'Stream grid summaries as server-sent events',
    description: 'Opens a server-sent events stream with an event named summary for every tick (and one at once), whose history holds only the newest point.',
  })
  @ApiOkResponse({ type: GridSummaryDto, description: 'A text/event-stream of summary events; the data of each is a GridSummaryDto.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'EVENT_STREAM_LIMIT: too many streams open from this address.' })
  streamGridSummary(@Req() request: FastifyRequest, @Res() reply: FastifyReply): void {
    serveSummaryStream(this.streams.open(reply, request.ip, SUMMARY_STREAM_OPTIONS), this.telemetry);
  }

  @Post('readings')
  @HttpCode(200)
  @BodyLimit(READINGS_BODY_LIMIT)
  @ApiOperation({
    operationId: 'PostReadings',
    summary: 'Submit a batch of real meter readings',
    description: 'Validates each of 1 to 10,000 readings on its own and applies the valid ones in order; unknown meters are registered while slots remain.',
  })
  @ApiBody({ type: PostReadingsDto, description: 'The readings.' })
  @ApiOkResponse({ type: ReadingsResultDto, description: 'How many readings were applied and why the others were not.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'TELEMETRY_READINGS_INVALID or REQUEST_BODY_INVALID: nothing was applied.' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'REQUEST_BODY_TOO_LARGE: the body exceeds 8 MB.' })
  @ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: 'TELEMETRY_NOT_READY: the store cannot take readings now; STORAGE_UNAVAILABLE: the readings log cannot be written, the batch was not acknowledged and should be resent.',
  })
  postReadings(@Body() body: unknown): Promise<ReadingsResultDto> {
    return this.telemetry.postReadings(body);
  }
}
