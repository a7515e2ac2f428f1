/** The import fixtures (tests/fixtures/import) as in-memory sources, and a zip of entries. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import type { ImportSource } from '../../src/lib/importer/index';

export const IMPORT_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/import');
export const THREE_ARTICLES = ['odesa-grain.md', 'hamburg-hafen.md', 'lviv-kharkiv.md'] as const;

export function sourceOf(name: string, bytes: Uint8Array | string, relativePath?: string): ImportSource {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, ...(relativePath ? { relativePath } : {}), bytes: async () => data };
}

export function fixtureSource(name: string): ImportSource {
  return sourceOf(name, new Uint8Array(readFileSync(path.join(IMPORT_FIXTURES, name))));
}

export function zipOf(entries: Record<string, Uint8Array | string>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(entries)) files[name] = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return zipSync(files);
}

/** A small dated article about `place` (a name the gazetteer knows). */
export function generatedArticle(n: number, place: string, day: string): string {
  return `---\ntitle: Report ${n} from ${place}\npublished: ${day}\nlanguage: en\n---\n\nOfficials in ${place} said on Monday that the roads were open again. Traffic to ${place} resumed.\n`;
}
