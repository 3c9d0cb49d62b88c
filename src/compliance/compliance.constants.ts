export const COMPLIANCE_ENGINE = Symbol.for('COMPLIANCE_ENGINE');
/** How long boot waits for the index before serving (and answering 503 to questions until it is ready). */
export const INDEX_BOOT_WAIT_MS = 15_000;
/** The whole official text is about 0.4 MB of JSON; 6 MB leaves room for a 5 MB document plus JSON escaping. */
export const DOCUMENT_BODY_LIMIT = 6 * 1024 * 1024;
