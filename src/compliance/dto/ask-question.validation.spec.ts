/** Where @nestjs/swagger keeps an @ApiProperty's options (DECORATORS.API_MODEL_PROPERTIES, not exported from the package root). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
import { MAX_QUESTION_CHARS } from '../compliance.constants.js';
import { ComplianceErrors } from '../compliance.errors.js';
import { AskQuestionDto } from './ask-question.dto.js';
import { parseQuestion } from './ask-question.validation.js';

describe(parseQuestion.name, () => {
  it('trims and takes up to the limit, refusing one character more with the limit in the message', () => {
    expect(parseQuestion({ question: `  ${'a'.repeat(MAX_QUESTION_CHARS)}  ` })).toHaveLength(MAX_QUESTION_CHARS);
    expect(() => parseQuestion({ question: 'a'.repeat(MAX_QUESTION_CHARS + 1) })).toThrow(
      expect.objectContaining({ code: 'COMPLIANCE_QUESTION_TOO_LONG', message: `The question has ${MAX_QUESTION_CHARS + 1} characters; the limit is ${MAX_QUESTION_CHARS}.` }),
    );
  });

  it('refuses missing, empty and non-string questions with their codes', () => {
    expect(() => parseQuestion(null)).toThrow(expect.objectContaining({ code: 'COMPLIANCE_QUESTION_INVALID' }));
    expect(() => parseQuestion({})).toThrow(expect.objectContaining({ code: 'COMPLIANCE_QUESTION_EMPTY' }));
    expect(() => parseQuestion({ question: '  ' })).toThrow(expect.objectContaining({ code: 'COMPLIANCE_QUESTION_EMPTY' }));
    expect(() => parseQuestion({ question: 7 })).toThrow(expect.objectContaining({ code: 'COMPLIANCE_QUESTION_INVALID' }));
  });

  it('shares its limit with the DTO the spec is generated from and with the error catalogue', () => {
    const property = Reflect.getMetadata(API_MODEL_PROPERTIES, AskQuestionDto.prototype, 'question') as { maxLength: number; description: string };
    expect(property.maxLength).toBe(MAX_QUESTION_CHARS);
    expect(property.description).toContain(String(MAX_QUESTION_CHARS));
    expect(ComplianceErrors.COMPLIANCE_QUESTION_TOO_LONG.message).toContain(String(MAX_QUESTION_CHARS));
  });
});
