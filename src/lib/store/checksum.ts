/**
 * Checksums of the dataset's data files, computed by ingest and checked by the page and by
 * `--merge`, so a truncated or swapped file is reported by name instead of drawing wrong data.
 * Pure (no Node or Web Crypto APIs: `crypto.subtle` is missing on plain-http LAN origins), and fast
 * enough to run over a 150 MB mention file at page load: 32-bit words, two independent lanes
 * (64 bits in all, so thousands of content-named shards do not collide), and the byte length.
 * Not cryptographic: it detects accidents, not forgery.
 */

/** Incremental form, for files written in pieces (every piece but the last a multiple of 4 bytes). */
export class Checksum {
  private lane1 = 0x811c9dc5;
  private lane2 = 0x9e3779b9;
  private length = 0;
  private finished = false;

  update(bytes: Uint8Array): this {
    if (this.finished) throw new Error('checksum: update after a piece whose length is not a multiple of 4');
    let { lane1, lane2 } = this;
    const words = bytes.length >>> 2;
    // 32-bit words read in place; a piece that does not start on a word boundary is copied once
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const view = new Uint32Array(aligned.buffer, aligned.byteOffset, words);
    for (let i = 0; i < words; i++) {
      const word = view[i];
      lane1 = Math.imul(lane1 ^ word, 0x01000193);
      lane2 = Math.imul((lane2 + word) ^ (lane2 >>> 15), 0x2c1b3c6d);
    }
    for (let i = words * 4; i < bytes.length; i++) {
      lane1 = Math.imul(lane1 ^ bytes[i], 0x01000193);
      lane2 = Math.imul((lane2 + bytes[i]) ^ (lane2 >>> 15), 0x2c1b3c6d);
      this.finished = true;
    }
    this.lane1 = lane1;
    this.lane2 = lane2;
    this.length += bytes.length;
    return this;
  }

  /** 16 hex digits: lane one, lane two. */
  digest(): string {
    // The length, then a final avalanche so that nearby inputs give unrelated names.
    let lane1 = Math.imul(this.lane1 ^ (this.length >>> 0), 0x01000193);
    let lane2 = Math.imul((this.lane2 + Math.floor(this.length / 0x100000000)) ^ (this.lane2 >>> 15), 0x2c1b3c6d);
    lane1 = Math.imul(lane1 ^ (lane1 >>> 16), 0x85ebca6b);
    lane1 ^= lane1 >>> 13;
    lane2 = Math.imul(lane2 ^ (lane2 >>> 16), 0xc2b2ae35);
    lane2 ^= lane2 >>> 16;
    return hex8(lane1) + hex8(lane2);
  }
}

export function checksum(bytes: Uint8Array): string {
  return new Checksum().update(bytes).digest();
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
