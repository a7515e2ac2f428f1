/**
 * YAML front matter of .md/.txt articles: split it off, parse it with `yaml`, validate it with zod.
 *
 * Policy (PRODUCT.md "Corpus"): a YAML syntax error rejects the file (we cannot know what the author
 * meant); a well-formed block with a bad value (a non-http URL, an impossible date, an unknown key)
 * keeps the article and produces a warning, so nothing is silently lost.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';

/** Metadata as the file states it; values are checked and normalised later (metadata.ts). */
export interface RawMeta {
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  language?: string;
  author?: string;
  published_precision?: string;
  /** Where the source is (a place name or gazetteer id): context for the geoparser. */
  location?: string;
}

export type FrontMatterResult =
  | { ok: true; meta: RawMeta; body: string; warnings: string[] }
  | { ok: false; reason: string };

const KNOWN_KEYS = ['title', 'source', 'url', 'published', 'language', 'author', 'published_precision', 'location'] as const;

/** Scalars YAML may type as numbers/booleans/dates (e.g. `title: 1984`) are read back as text. */
const textValue = z.union([z.string(), z.number(), z.boolean(), z.date()]).transform((v) =>
  v instanceof Date ? v.toISOString() : String(v),
);

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Split `text` into front matter and body. The body is everything after the closing delimiter
 * line, byte for byte (tests compare it with the seed files).
 */
export function readFrontMatter(text: string): FrontMatterResult {
  const open = OPENING.exec(text);
  if (!open) return { ok: true, meta: {}, body: text, warnings: [] };

  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { ok: false, reason: "malformed front matter: no closing '---' line" };
  const yamlText = rest.slice(0, close.index);
  let bodyStart = close.index + close[0].length;
  if (rest.startsWith('\r\n', bodyStart)) bodyStart += 2;
  else if (rest[bodyStart] === '\n') bodyStart += 1;
  const body = rest.slice(bodyStart);

  let data: unknown = readSimpleMapping(yamlText);
  if (data === undefined) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      const yamlLine = lineCounter.linePos(err.pos[0]).line;
      // +1: the opening '---' is line 1 of the file.
      return { ok: false, reason: `malformed front matter: ${err.message} (line ${yamlLine + 1})` };
    }
    data = doc.toJS();
  }
  if (data === null || data === undefined) return { ok: true, meta: {}, body, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, reason: 'malformed front matter: expected "key: value" lines (a YAML mapping)' };
  }

  const warnings: string[] = [];
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) warnings.push(`unknown front matter key '${key}' ignored`);
  }
  const meta: RawMeta = {};
  for (const key of KNOWN_KEYS) {
    if (record[key] === undefined || record[key] === null) continue;
    const raw = record[key];
    const parsed = typeof raw === 'string' ? { success: true as const, data: raw } : textValue.safeParse(raw);
    if (parsed.success) {
      const value = parsed.data.trim();
      if (value !== '') meta[key] = value;
    } else {
      warnings.push(`front matter '${key}' must be a single text value; ignored`);
    }
  }
  return { ok: true, meta, body, warnings };
}

// ---------------------------------------------------------------------------------------------
// Fast path. Almost every front matter is a few `key: value` lines of plain or quoted text, and the
// YAML library costs more than the rest of reading the article. Such blocks are read here; anything
// else (comments, lists, folded text, escapes, duplicate keys, values YAML reads as numbers,
// booleans or null) returns undefined and goes to `yaml`, so the result is always what `yaml` gives
// (tests/ingest/frontMatter.test.ts compares the two).

const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_]{0,63}): +(?:"([^"\\]*)"|'([^']*)'|([^\s"'\-?:,[\]{}#&*!|>%@`][^\t]*?))[ \t]*$/;
/** Plain scalars the YAML 1.2 core schema reads as null, booleans or numbers (yaml's own tests). */
const NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
/** Characters YAML treats specially or refuses (control characters, a BOM, CR). */
const UNUSUAL = /[\x00-\x08\x0a-\x1f\x7f\ufeff]/;

/** `key: value` lines of text values, or undefined when YAML itself must read the block. */
export function readSimpleMapping(yamlText: string): Record<string, string> | undefined {
  const record: Record<string, string> = {};
  const lines = yamlText.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  for (const line of lines) {
    if (UNUSUAL.test(line)) return undefined;
    const m = SIMPLE_LINE.exec(line);
    if (!m || Object.hasOwn(record, m[1]) || NOT_TEXT.test(m[1])) return undefined;
    const plain = m[4];
    if (plain !== undefined && (plain.includes(': ') || plain.includes(' #') || plain.endsWith(':') || NOT_TEXT.test(plain))) return undefined;
    record[m[1]] = m[2] ?? m[3] ?? plain;
  }
  return record;
}
