/**
 * What ingest publishes beside the dataset for the app (`data/story.json`): the corpus folder's
 * name (for a title derived from the data when there is no story) and the story, if the folder has
 * one, its overlays copied to `overlays/<name>.geojson` beside it (the story keeps each overlay's
 * own file name, for messages).
 */
import { z } from 'zod';
import { storySchema } from './schema';

export const PUBLISHED_STORY_PATH = 'data/story.json';
/** Overlay files, relative to the published story. */
export const overlayPublicFile = (name: string): string => `overlays/${name}.geojson`;

export const publishedStorySchema = z.strictObject({
  /** The corpus folder's name, e.g. "corpus" or "us-news". */
  folder: z.string().min(1),
  story: storySchema.nullable(),
});
export type PublishedStory = z.infer<typeof publishedStorySchema>;

export function parsePublishedStory(json: unknown, file = PUBLISHED_STORY_PATH): PublishedStory {
  const parsed = publishedStorySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
