import { expect, it } from 'vitest';
import { formatBytes, formatSecondsLeft, progressFigures } from '../../src/lib/imported/index';

it('progress: fraction by bytes, rate and time left from the time so far', () => {
  const figures = progressFigures({ filesDone: 10, filesTotal: 40, bytesDone: 2_000_000, bytesTotal: 10_000_000 }, 4);
  expect(figures.fraction).toBe(0.2);
  expect(figures.mbPerSecond).toBe(0.5);
  expect(figures.secondsLeft).toBe(16);
  expect(progressFigures({ filesDone: 1, filesTotal: 4, bytesDone: 0, bytesTotal: 0 }, 1)).toEqual({ fraction: 0.25 });
  expect(formatBytes(2_500_000)).toBe('2.5 MB');
  expect(formatBytes(850_000)).toBe('850 kB');
  expect(formatSecondsLeft(12.4)).toBe('about 12 s');
  expect(formatSecondsLeft(200)).toBe('about 3 min');
});
