/** The one place the question limit is defined: the validator, the DTO and the error message read it. */
export const MAX_QUESTION_CHARS = 2000;
export const COMPLIANCE_ENGINE = Symbol.for('COMPLIANCE_ENGINE');
export const DOCUMENT_UPLOADS = Symbol.for('DOCUMENT_UPLOADS');
/** How long boot waits for the index before serving (and answering 503 to questions until it is ready). */
export const INDEX_BOOT_WAIT_MS = 15_000;
/** The longest wait between two attempts to build the index while the embedding service is down. */
export const INDEX_RETRY_MAX_MS = 60_000;
/** Uploads in a burst share one background IDF refit, this long after the last of them. */
export const INDEX_REFIT_DELAY_MS = 1000;
/** The whole official text is about 0.4 MB of JSON; 6 MB leaves room for a 5 MB document plus JSON escaping. */
export const DOCUMENT_BODY_LIMIT = 6 * 1024 * 1024;
