/**
 * Bytes -> text, refusing what is not text. Pure (no Node APIs) so it also runs in a Web Worker.
 *
 * Accepted: UTF-8 (with or without BOM) and UTF-16 with a BOM (what Windows editors write).
 * Refused with a reason the CLI prints next to the file name: empty files, binary files (NUL bytes
 * without a UTF-16 BOM) and byte sequences that are not valid UTF-8 (Latin-1/Windows-1252 exports).
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      return checkNotBlank(text);
    } catch {
      return { ok: false, reason: `not UTF-8 text (starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()})` };
    }
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary file (NUL bytes, first at byte ${nul})` };

  try {
    return checkNotBlank(utf8.decode(bytes));
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    return { ok: false, reason: `not UTF-8 text (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte ${at}; save the file as UTF-8)` };
  }
}

function checkNotBlank(text: string): DecodeResult {
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8 (only called after the fast decoder failed). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i; // truncated or broken sequence
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
