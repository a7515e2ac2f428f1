/** The map's colours and font (Noto Sans is bundled; MapLibre draws labels with it, no glyph server). */
export const FONT = ['Noto Sans'];

export const COLORS = {
  sea: '#c9dfec',
  land: '#eceae4',
  /** The regional basemap's focus country, a shade lighter than its neighbours. */
  focus: '#fbfaf5',
  border: '#6f655b',
  admin1Border: '#b3a89b',
  water: '#9cc3dc',
  place: '#1e40af',
  label: '#1f2328',
  halo: '#ffffff',
  ended: '#b91c1c',
} as const;

/** Pattern image ids the style names; MapView draws them on demand (patterns.ts). */
export const hatchImageId = (color: string, cross: boolean): string => `hatch-${cross ? 'cross-' : ''}${color.replace('#', '').toLowerCase()}`;
export const STRUCTURE_ICON = 'structure-icon';
/** A red cross drawn over a structure once it has ended (destroyed). */
export const ENDED_ICON = 'ended-icon';
