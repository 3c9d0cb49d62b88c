import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtension,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnsupportedMediaTypeResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ADMIN_ONLY } from '../common/security/access-keys.js';
import { AskRateLimitGuard } from './ask-rate-limit.guard.js';
import { DOCUMENT_BODY_LIMIT } from './compliance.constants.js';
import { ComplianceService } from './compliance.service.js';
import { AddDocumentDto, UploadDocumentDto } from './dto/add-document.dto.js';
import { AskQuestionDto } from './dto/ask-question.dto.js';
import { parseQuestion } from './dto/ask-question.validation.js';
import { parseJsonDocument, readMultipartDocument } from './document-upload.js';
import { EventStreams } from '../common/http/event-stream.js';
import { AskResponseDto } from './dto/ask-response.dto.js';
import { ErrorResponseDto } from '../common/errors/error-response.dto.js';
import { DocumentDto, DocumentListDto } from './dto/document.dto.js';
import { AskStreamTokenDto } from './dto/stream-event.dto.js';

const ADMIN_ONLY_DESCRIPTION = 'AUTH_ADMIN_KEY_REQUIRED: changing the corpus needs a key from ADMIN_API_KEYS (when any key is configured).';
const ASK_EXAMPLE = { question: 'Which enterprises must carry out an energy audit, and how often?' };

@ApiTags('Compliance')
@ApiExtraModels(AddDocumentDto, UploadDocumentDto, AskStreamTokenDto)
@ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_INDEX_NOT_READY: the index is still being built at startup.' })
@Controller('compliance')
export class ComplianceController {
  constructor(
    private readonly compliance: ComplianceService,
    private readonly streams: EventStreams,
  ) {}

  @Post('ask')
  @HttpCode(200)
  @UseGuards(AskRateLimitGuard)
  @ApiOperation({
    operationId: 'AskCompliance',
    summary: 'Ask the Energy Efficiency Directive copilot',
    description: 'Answers a question about Directive (EU) 2023/1791 from the corpus with cited passages, or refuses when the corpus holds nothing relevant.',
  })
  @ApiBody({ type: AskQuestionDto, examples: { energyAudit: { summary: 'Energy audits', value: ASK_EXAMPLE } } })
  @ApiOkResponse({ type: AskResponseDto, description: 'The answer with its citations, or a refusal (refused is true).' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_QUESTION_EMPTY, COMPLIANCE_QUESTION_TOO_LONG or COMPLIANCE_QUESTION_INVALID.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED: too many questions; see the Retry-After header.' })
  ask(@Body() body: unknown): Promise<AskResponseDto> {
    return this.compliance.ask(parseQuestion(body));
  }

  @Post('ask/stream')
  @UseGuards(AskRateLimitGuard)
  @ApiExtension('x-ms-visibility', 'internal')
  @ApiOperation({
    operationId: 'AskComplianceStream',
    summary: 'Ask the copilot and stream the answer',
    description:
      'Streams server-sent events: token events carry answer fragments, then one done event carries the full AskResponse (whose answer replaces the fragments), or an error event carries {statusCode, code, message}.',
  })
  @ApiBody({ type: AskQuestionDto, examples: { energyAudit: { summary: 'Energy audits', value: ASK_EXAMPLE } } })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'A text/event-stream of `event: token` (data {"text"}) then `event: done` (data AskResponse), or `event: error`.',
    content: { 'text/event-stream': { schema: { type: 'string', example: `event: token\ndata: {"text":"Article 11 ..."}\n\nevent: done\ndata: {"answer":"...","refused":false,"citations":[],"mode":"extractive"}\n\n` } } },
  })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_QUESTION_EMPTY, COMPLIANCE_QUESTION_TOO_LONG or COMPLIANCE_QUESTION_INVALID.' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto, description: 'RATE_LIMITED: too many questions; EVENT_STREAM_LIMIT: too many streams open from this address.' })
  askStream(@Body() body: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.compliance.streamAsk(parseQuestion(body), () => this.streams.open(reply, request.ip));
  }

  @Get('documents')
  @ApiOperation({
    operationId: 'ListDocuments',
    summary: 'List the documents of the corpus',
    description: 'Lists the bundled notes and the uploaded documents the copilot answers from, with their size and number of indexed passages.',
  })
  @ApiOkResponse({ type: DocumentListDto, description: 'Every document of the corpus.' })
  listDocuments(): DocumentListDto {
    return this.compliance.listDocuments();
  }

  @Post('documents')
  @HttpCode(201)
  @RouteConfig({ bodyLimit: DOCUMENT_BODY_LIMIT, multipart: true, ...ADMIN_ONLY })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: ADMIN_ONLY_DESCRIPTION })
  @ApiOperation({
    operationId: 'AddDocument',
    summary: 'Add a document to the corpus',
    description: 'Adds a text, Markdown, HTML or PDF document to the corpus and indexes it at once; it survives restarts until deleted.',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: { oneOf: [{ $ref: getSchemaPath(AddDocumentDto) }, { $ref: getSchemaPath(UploadDocumentDto) }] },
    examples: { markdown: { summary: 'A Markdown note', value: { title: 'Internal energy audit policy', content: '# Article 11 — Energy audits\n\nOur sites above 10 TJ are audited every four years.', contentType: 'text/markdown' } } },
  })
  @ApiCreatedResponse({ type: DocumentDto, description: 'The document was stored and indexed.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_DOCUMENT_INVALID, COMPLIANCE_DOCUMENT_EMPTY, COMPLIANCE_PDF_INVALID or COMPLIANCE_PDF_ENCRYPTED.' })
  @ApiPayloadTooLargeResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_DOCUMENT_TOO_LARGE: the document is over 5 MB.' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED: not text, Markdown, HTML or PDF.' })
  @ApiServiceUnavailableResponse({
    type: ErrorResponseDto,
    description: 'COMPLIANCE_INDEX_NOT_READY: the index is still being built; STORAGE_UNAVAILABLE: the disk is full or read-only and nothing was stored; COMPLIANCE_INDEXING_FAILED: the worker that indexes a large document failed and nothing was stored.',
  })
  async addDocument(@Req() request: FastifyRequest, @Body() body: unknown): Promise<DocumentDto> {
    const input = request.isMultipart() ? await readMultipartDocument(request) : parseJsonDocument(body);
    return this.compliance.addDocument(input);
  }

  @Delete('documents/:documentId')
  @HttpCode(204)
  @RouteConfig(ADMIN_ONLY)
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: ADMIN_ONLY_DESCRIPTION })
  @ApiOperation({
    operationId: 'DeleteDocument',
    summary: 'Delete an uploaded document',
    description: 'Removes an uploaded document and its passages from the index at once; bundled notes cannot be deleted.',
  })
  @ApiParam({ name: 'documentId', description: 'Id of an uploaded document, as returned by AddDocument.', example: '3f6c2a9e-8b1d-4c55-9d0e-2b7f4a1c9e10' })
  @ApiNoContentResponse({ description: 'The document was deleted.' })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_DOCUMENT_ID_INVALID: not a document id.' })
  @ApiNotFoundResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_DOCUMENT_NOT_FOUND.' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_DOCUMENT_BUNDLED: bundled notes cannot be deleted.' })
  @ApiServiceUnavailableResponse({ type: ErrorResponseDto, description: 'COMPLIANCE_INDEX_NOT_READY: the index is still being built; STORAGE_UNAVAILABLE: the disk is full or read-only and nothing was deleted.' })
  removeDocument(@Param('documentId') documentId: string): Promise<void> {
    return this.compliance.removeDocument(documentId);
  }
}
