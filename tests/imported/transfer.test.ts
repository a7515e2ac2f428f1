import { expect, it } from 'vitest';
import { packMentions, unpackMentions } from '../../src/lib/imported/index';
import { importedDataset } from '../support/importedDataset';

it('packed mentions unpack to the same mentions, dates included', async () => {
  const { mentions } = await importedDataset();
  expect(mentions.some((m) => m.date)).toBe(true);
  const packed = packMentions(mentions);
  expect(packed.columns.length).toBe(mentions.length * 7);
  expect(unpackMentions(packed)).toEqual(mentions);
  expect(unpackMentions(packMentions([]))).toEqual([]);
});
