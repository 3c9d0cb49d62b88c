import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../common/errors/app-error.js';
import { CommonErrors } from '../common/errors/common-errors.js';
import { ComplianceErrors } from './compliance.errors.js';
import { contentTypeFromName, MAX_DOCUMENT_BYTES } from './corpus/document-text.js';
import type { NewDocument } from './compliance-engine.js';

/** Route config flag: only routes that set it accept multipart bodies. */
export interface MultipartRouteConfig {
  multipart?: boolean;
}

/**
 * Registers @fastify/multipart for the document upload route only: the plugin has to sit on the root
 * instance (Nest registers every route there), so a hook answers 415 to multipart bodies on any route
 * that has not opted in with `RouteConfig({ multipart: true })`.
 */
export async function registerDocumentUploads(fastify: FastifyInstance): Promise<void> {
  await fastify.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 4, parts: 5, fieldSize: 1024 } });
  fastify.addHook('preValidation', async (request, reply) => {
    if (!request.isMultipart() || (request.routeOptions.config as MultipartRouteConfig | undefined)?.multipart === true) return;
    const error = CommonErrors.REQUEST_MEDIA_TYPE_UNSUPPORTED;
    await reply.code(error.status).send({ statusCode: error.status, code: error.code, message: 'This route does not accept multipart/form-data.' });
  });
}

/** Reads the one `file` part (and an optional `title` field) of a multipart upload into memory. */
export async function readMultipartDocument(request: FastifyRequest): Promise<NewDocument> {
  let title: string | undefined;
  let upload: NewDocument | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname === 'title' && typeof part.value === 'string') title = part.value;
        continue;
      }
      const content = await part.toBuffer();
      if (part.fieldname === 'file') upload = { content, fileName: part.filename, contentType: contentTypeFromName(part.filename, part.mimetype) };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_TOO_LARGE);
    if (error instanceof AppError) throw error;
    throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_INVALID, `The multipart body could not be read: ${(error as Error).message}`);
  }
  if (!upload) throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_INVALID, 'The multipart body needs a part named "file".');
  return { ...upload, title: title ?? upload.title };
}

/** Validates the JSON form `{title, content, contentType}` by hand. */
export function parseJsonDocument(body: unknown): NewDocument {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_INVALID);
  const { title, content, contentType } = body as Record<string, unknown>;
  if (typeof content !== 'string') throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_INVALID, 'content must be a string.');
  if (title !== undefined && typeof title !== 'string') throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_INVALID, 'title must be a string.');
  if (typeof contentType !== 'string') throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_INVALID, 'contentType must be a string.');
  if (contentType.split(';')[0].trim().toLowerCase() === 'application/pdf') {
    throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED, 'Send PDF files as multipart/form-data with a "file" part.');
  }
  return { title, content: Buffer.from(content, 'utf8'), contentType };
}
