/** Stories: the story file's schema, the overlay registry, time-aware facts and the corpus title. */
export { FACT_EFFECTS, OVERLAY_PRESETS, STORY_FILE, parseStory, storySchema, type FactEffect, type OverlayPreset, type Story, type StoryFact, type StoryOverlay } from './schema';
export { PUBLISHED_STORY_PATH, overlayPublicFile, parsePublishedStory, publishedStorySchema, type PublishedStory } from './published';
export { asOfDay, factDate, hasHappened } from './asOf';
export { featureFacts, formatFactDate, generalFacts, type FactLine } from './facts';
export { EMPTY_REGISTRY, createOverlayRegistry, type LoadedOverlay, type OverlayFeature, type OverlayRegistry } from './registry';
export { corpusTitle, type CorpusTitle } from './title';
export { overlaySearchPlaces } from './search';
