import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Where pdf.js finds the CMaps of non-embedded CJK fonts and the standard font data, as paths it can read. */
export interface PdfjsAssets {
  cMapUrl: string;
  standardFontDataUrl: string;
}

let loading: Promise<Pdfjs> | undefined;

/**
 * Loads pdf.js once, on the first PDF, so processes that never see a PDF never pay for it. In Node the legacy
 * build parses in-process through its "fake worker" (no worker thread), importing pdf.worker.mjs beside itself.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= importWithoutCanvas();
  return loading;
}

export function pdfjsAssets(): PdfjsAssets {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

const RENDERING_GLOBALS = ['DOMMatrix', 'ImageData', 'Path2D'] as const;
/** Stands in while pdf.js loads: it builds a DOMMatrix at import time but only draws with one when rendering. */
class RenderingUnsupported {}

/**
 * pdf.js 5 polyfills these rendering globals from the optional @napi-rs/canvas and dies at import
 * (`new DOMMatrix()`) when that native package is missing. Text extraction never renders, so inert stand-ins
 * let it load either way; they are removed again so no other code mistakes them for real DOM classes.
 * The one warning it prints when the native package is absent is expected here, and dropped.
 */
async function importWithoutCanvas(): Promise<Pdfjs> {
  const scope = globalThis as Record<string, unknown>;
  const installed = RENDERING_GLOBALS.filter((name) => scope[name] === undefined);
  for (const name of installed) scope[name] = RenderingUnsupported;
  const warn = console.warn;
  console.warn = (...args: unknown[]): void => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot load "@napi-rs/canvas"')) return;
    warn(...args);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
    for (const name of installed) Reflect.deleteProperty(scope, name);
  }
}
