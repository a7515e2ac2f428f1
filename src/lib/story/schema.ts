/**
 * The story file a corpus folder may carry (`story.json`): the page's title and description and the
 * overlays drawn over the basemap, each a GeoJSON file with its legend, style preset and dated facts.
 * Validated with zod where it is read (ingest copies it; the app loads it) so a bad story fails with
 * the file's name and the problem. Pure: runs in Node and the browser.
 */
import { z } from 'zod';

export const STORY_FILE = 'story.json';

/** How an overlay is drawn: one set of MapLibre layers per preset (src/lib/map/overlayLayers.ts). */
export const OVERLAY_PRESETS = ['river', 'line', 'point', 'structure', 'area', 'hatched-area'] as const;
export type OverlayPreset = (typeof OVERLAY_PRESETS)[number];

/** What a dated fact does to the feature on the map, as of the end of the selected range. */
export const FACT_EFFECTS = ['appears', 'ends', 'note'] as const;
export type FactEffect = (typeof FACT_EFFECTS)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "flood-zones"');
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#b91c1c"');

export const storyFactSchema = z.strictObject({
  /** The feature property holding the date: YYYY-MM-DD, or a year (1956). */
  property: z.string().min(1),
  /** Shown in the facts panel once the date is reached: "Reopened". */
  label: z.string().min(1),
  /** Shown in the facts panel before the date: "Not yet reopened". */
  pending: z.string().min(1).optional(),
  /** A word for map labels: "claimed" → "claimed 30 Sep 2022". */
  short: z.string().min(1).optional(),
  /** Appended to the value in the facts panel: "not recognised". */
  note: z.string().min(1).optional(),
  /** appears: not drawn before the date; ends: drawn as ended (destroyed) from the date; note: facts only. */
  effect: z.enum(FACT_EFFECTS).default('note'),
});
export type StoryFact = z.infer<typeof storyFactSchema>;

export const storyOverlaySchema = z.strictObject({
  /** Source id and prefix of every style layer id of the overlay: "flood-zones" → "flood-zones-fill". */
  name: slug,
  /** The GeoJSON file, relative to the story file. */
  file: z.string().min(1).refine((f) => !f.startsWith('/') && !f.split(/[\\/]/).includes('..'), 'must be a path inside the corpus folder'),
  /** The legend checkbox's name. */
  label: z.string().min(1),
  /** The legend's longer text under the name. */
  legend: z.string().min(1).optional(),
  style: z.enum(OVERLAY_PRESETS),
  color: color.default('#1f2937'),
  /** Colours by a property's value (e.g. the 2014 claims in another colour); drawn cross-hatched. */
  colorBy: z.strictObject({ property: z.string().min(1), values: z.record(z.string(), color) }).optional(),
  facts: z.array(storyFactSchema).default([]),
  /** Where a point's label sits relative to its symbol (default: right of it). */
  labelSide: z.enum(['left', 'right', 'above', 'below']).default('right'),
});
export type StoryOverlay = z.infer<typeof storyOverlaySchema>;

export const storySchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  overlays: z.array(storyOverlaySchema).default([]),
}).superRefine((story, ctx) => {
  const seen = new Set<string>();
  story.overlays.forEach((o, i) => {
    if (seen.has(o.name)) ctx.addIssue({ code: 'custom', path: ['overlays', i, 'name'], message: `duplicate overlay name "${o.name}"` });
    seen.add(o.name);
  });
});
export type Story = z.infer<typeof storySchema>;

/** Parses a story file's text; throws `Error("<file>: <path>: <problem>")`. */
export function parseStory(text: string, file = STORY_FILE): Story {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = storySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}
