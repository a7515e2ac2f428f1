/**
 * Checksums of the dataset's data files, computed by ingest and checked by the page and by
 * `--merge`, so a truncated or swapped file is reported by name instead of drawing wrong data.
 * Pure (no Node or Web Crypto APIs: `crypto.subtle` is missing on plain-http LAN origins), and fast
 * enough to run over a 140 MB mention file at page load: 32-bit words, two independent lanes
 * (64 bits in all, so 3,000 content-named shards do not collide), plus the byte length.
 * Not cryptographic: it detects accidents, not forgery.
 */

/** 16 hex digits: lane one, lane two. */
export function checksum(bytes: Uint8Array): string {
  let lane1 = 0x811c9dc5 ^ bytes.length;
  let lane2 = 0x9e3779b9 ^ Math.floor(bytes.length / 0x100000000);
  const words = Math.floor(bytes.length / 4);
  const aligned = bytes.byteOffset % 4 === 0;
  const view = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, words) : undefined;
  for (let i = 0; i < words; i++) {
    const word = view ? view[i] : (bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) | (bytes[i * 4 + 3] << 24));
    lane1 = Math.imul(lane1 ^ word, 0x01000193);
    lane2 = Math.imul((lane2 + word) ^ (lane2 >>> 15), 0x2c1b3c6d);
  }
  for (let i = words * 4; i < bytes.length; i++) {
    lane1 = Math.imul(lane1 ^ bytes[i], 0x01000193);
    lane2 = Math.imul((lane2 + bytes[i]) ^ (lane2 >>> 15), 0x2c1b3c6d);
  }
  // Final avalanche so that nearby inputs give unrelated names.
  lane1 = Math.imul(lane1 ^ (lane1 >>> 16), 0x85ebca6b);
  lane1 ^= lane1 >>> 13;
  lane2 = Math.imul(lane2 ^ (lane2 >>> 16), 0xc2b2ae35);
  lane2 ^= lane2 >>> 16;
  return hex8(lane1) + hex8(lane2);
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
