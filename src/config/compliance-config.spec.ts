import { resolve } from 'node:path';
import { loadConfig } from './load-config.js';

describe('compliance configuration', () => {
  it('uses the bundled notes unless COMPLIANCE_NOTES_DIR names another folder, resolved to an absolute path', () => {
    expect(loadConfig({}).compliance.notesDir).toBeUndefined();
    expect(loadConfig({ COMPLIANCE_NOTES_DIR: 'test/fixtures/compliance-notes' }).compliance.notesDir).toBe(
      resolve('test/fixtures/compliance-notes'),
    );
  });
});
