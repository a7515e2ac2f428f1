export { viewMentions, mentionDay, inRange, type ExportView, type ViewMention } from './view.ts';
export { placesGeoJson, mentionsGeoJson, type PlaceFeatureProperties, type MentionFeatureProperties } from './geojson.ts';
export { mentionsCsv, csvField, CSV_COLUMNS } from './csv.ts';
export { datasetJson } from './dataset.ts';
export { exportFileName } from './fileName.ts';
