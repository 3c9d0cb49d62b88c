import { AppError } from '../errors/app-error.js';
import { CommonErrors } from '../errors/common-errors.js';

/** Error codes of a disk that is full, read-only, not ours to write, or failing: the server's state, not the request's fault. */
const STORAGE_CODES: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EACCES: 'the process may not write there',
  EPERM: 'the process may not write there',
  EIO: 'the disk reported an I/O error',
};

export function isStorageFailure(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in STORAGE_CODES;
}

/** The client-facing error for a write the disk refused; the path stays out of the message. */
export function storageUnavailable(error: NodeJS.ErrnoException, what: string): AppError {
  return new AppError(CommonErrors.STORAGE_UNAVAILABLE, `${what} could not be stored: ${STORAGE_CODES[error.code as string]} (${error.code}). Nothing was changed; retry later.`);
}

/** Runs a write; a storage failure becomes STORAGE_UNAVAILABLE, anything else is rethrown as it is. */
export async function mapStorageFailure<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isStorageFailure(error)) throw storageUnavailable(error, what);
    throw error;
  }
}
