/**
 * Raster images the style uses (hatching, the dam icon), drawn into RGBA buffers in code so the
 * style needs no sprite sheet and the map no request. Pure: no canvas, no DOM.
 */
export interface RasterImage { width: number; height: number; data: Uint8Array }

function hex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function raster(size: number, paint: (x: number, y: number) => number, color: string): RasterImage {
  const [r, g, b] = hex(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = paint(x, y);
      const i = (y * size + x) * 4;
      data.set([r, g, b, Math.round(alpha * 255)], i);
    }
  }
  return { width: size, height: size, data };
}

/** Diagonal stripes; `cross` adds the other diagonal (cross-hatch, used for the 2014 claims). */
export function hatch(color: string, size = 12, cross = false): RasterImage {
  const on = (d: number) => (d % size < 2 ? 1 : 0);
  return raster(size, (x, y) => Math.max(on(x + y), cross ? on(x - y + size) : 0), color);
}

/** A dark square with a white rim and a light bar across it: the map key's symbol for a dam. */
export function damIcon(color: string, size = 18): RasterImage {
  const dark = hex(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const rim = x < 2 || y < 2 || x >= size - 2 || y >= size - 2;
      const bar = Math.abs(y + 0.5 - size / 2) <= 1.5 && x >= 5 && x < size - 5;
      data.set(rim || bar ? [255, 255, 255, 255] : [...dark, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** A red diagonal cross with a white rim: the mark of a structure that has ended (destroyed). */
export function endedIcon(color: string, size = 22): RasterImage {
  const [r, g, b] = hex(color);
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.min(Math.abs(x - y), Math.abs(x + y - (size - 1)));
      const inset = x >= 2 && y >= 2 && x < size - 2 && y < size - 2;
      const pixel = !inset ? [0, 0, 0, 0] : d <= 1.5 ? [r, g, b, 255] : d <= 3 ? [255, 255, 255, 255] : [0, 0, 0, 0];
      data.set(pixel, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
