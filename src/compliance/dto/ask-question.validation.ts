import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';
import { MAX_QUESTION_CHARS } from '../compliance.constants.js';

/** Validates an ask body by hand (no class-validator): `{question: string}`, 1 to MAX_QUESTION_CHARS characters after trim. */
export function parseQuestion(body: unknown): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError(ComplianceErrors.COMPLIANCE_QUESTION_INVALID);
  }
  const question = (body as { question?: unknown }).question;
  if (question === undefined) throw new AppError(ComplianceErrors.COMPLIANCE_QUESTION_EMPTY, 'The question is missing.');
  if (typeof question !== 'string') throw new AppError(ComplianceErrors.COMPLIANCE_QUESTION_INVALID, 'The question must be a string.');
  const trimmed = question.trim();
  if (trimmed.length === 0) throw new AppError(ComplianceErrors.COMPLIANCE_QUESTION_EMPTY);
  if (trimmed.length > MAX_QUESTION_CHARS) {
    throw new AppError(ComplianceErrors.COMPLIANCE_QUESTION_TOO_LONG, `The question has ${trimmed.length} characters; the limit is ${MAX_QUESTION_CHARS}.`);
  }
  return trimmed;
}
