import { AppError } from '../errors/app-error.js';
import { isStorageFailure, mapStorageFailure } from './storage-failure.js';

const failing = (code: string) => Object.assign(new Error(`${code}: /secret/path/file`), { code });

describe('storage failures', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES', 'EDQUOT', 'EIO'])('turns %s into 503 STORAGE_UNAVAILABLE without the path', async (code) => {
    const error = await mapStorageFailure('The document', () => Promise.reject(failing(code))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 503, code: 'STORAGE_UNAVAILABLE' });
    expect((error as Error).message).toContain(code);
    expect((error as Error).message).not.toContain('/secret');
  });

  it('leaves other errors alone', async () => {
    expect(isStorageFailure(failing('ENOENT'))).toBe(false);
    await expect(mapStorageFailure('x', () => Promise.reject(new TypeError('bug')))).rejects.toBeInstanceOf(TypeError);
    await expect(mapStorageFailure('x', () => Promise.resolve(3))).resolves.toBe(3);
  });
});
