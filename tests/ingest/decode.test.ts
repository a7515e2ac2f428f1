import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Byte } from '../../src/lib/ingest/decode.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(utf8('Херсон, Kherson'))).toEqual({ ok: true, text: 'Херсон, Kherson' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kyiv')]))).toEqual({ ok: true, text: 'Kyiv' });
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = [0xff, 0xfe, ...[...'Kyiv'].flatMap((c) => [c.charCodeAt(0), 0])];
    expect(decodeText(new Uint8Array(le))).toEqual({ ok: true, text: 'Kyiv' });
  });

  it('rejects empty and whitespace-only files', () => {
    expect(decodeText(bytes())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeText(utf8(' \n\t\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
  });

  it('rejects binary files by their NUL bytes', () => {
    const r = decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x01));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe('binary file (NUL bytes, first at byte 4)');
  });

  it('rejects Latin-1 text and says where it breaks', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in Kyiv')]);
    const r = decodeText(latin1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^not UTF-8 text \(invalid byte 0xe9 at byte 3/);
  });

  it('finds the first invalid byte: overlong, surrogate, truncated', () => {
    expect(firstInvalidUtf8Byte(bytes(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8Byte(bytes(0x41, 0x42, 0xed, 0xa0, 0x80))).toBe(2);
    expect(firstInvalidUtf8Byte(bytes(0x41, 0xe2, 0x82))).toBe(1);
  });
});
