/**
 * Ingest's story step: publishes the corpus folder's story file (if any) and its overlay GeoJSON
 * beside the dataset, where the app loads them (`<dataset dir>/story.json`, `<dataset dir>/overlays/`).
 * A folder without a story still gets a story.json naming the folder, so the page can derive its
 * title from the data. An overlay file that is missing is reported (the app shows the same message
 * and draws the rest); an invalid story file is an error naming the file.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { STORY_FILE, overlayPublicFile, parseStory, type PublishedStory } from '../../src/lib/story/index.ts';

/** Whether a corpus file is the story file (not an article: the listing skips it). */
export const isStoryFile = (name: string): boolean => name === STORY_FILE;

export interface StoryCopyResult {
  /** Lines for the ingest summary. */
  messages: string[];
  /** Set when the story file is invalid: nothing was published. */
  error?: string;
}

export function copyStory(corpusDir: string, outDir: string): StoryCopyResult {
  const overlaysDir = join(outDir, 'overlays');
  const storyPath = join(corpusDir, STORY_FILE);
  const published: PublishedStory = { folder: basename(corpusDir), story: null };
  const messages: string[] = [];
  mkdirSync(outDir, { recursive: true });
  rmSync(overlaysDir, { recursive: true, force: true });
  if (existsSync(storyPath)) {
    let story;
    try {
      story = parseStory(readFileSync(storyPath, 'utf8'), STORY_FILE);
    } catch (e) {
      return { messages, error: (e as Error).message };
    }
    mkdirSync(overlaysDir, { recursive: true });
    for (const overlay of story.overlays) {
      const source = join(corpusDir, overlay.file);
      if (existsSync(source)) copyFileSync(source, join(outDir, overlayPublicFile(overlay.name)));
      else messages.push(`Story overlay "${overlay.label}": ${overlay.file} is missing (the map draws the other overlays)`);
    }
    // The app loads each overlay from overlays/<name>.geojson; a missing one fails there, by name.
    published.story = story;
    messages.unshift(`Story: "${story.title}" with ${story.overlays.length} overlay${story.overlays.length === 1 ? '' : 's'}`);
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, STORY_FILE), `${JSON.stringify(published, null, 1)}\n`);
  return { messages };
}
