/**
 * GeoJSON (RFC 7946) of the current view: one Point per place with its counts, or one Point per
 * mention with its excerpt, dates and source, so the results open in QGIS, uMap or a notebook.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ViewMention } from './view.ts';

export interface PlaceFeatureProperties {
  id: string;
  name: string;
  kind: string;
  iso?: string;
  parent?: string;
  /** Mentions in the view. */
  mentions: number;
  /** Distinct articles those mentions are in. */
  articles: number;
}

export interface MentionFeatureProperties {
  place: string;
  placeName: string;
  article: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  /** The event date the text gives for this excerpt. */
  date?: string;
  language: string;
  /** The mention as written, and the sentence it is in. */
  mention: string;
  excerpt: string;
  start: number;
  end: number;
}

const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });

export function placesGeoJson(mentions: readonly ViewMention[]): FeatureCollection<Point, PlaceFeatureProperties> {
  const byPlace = new Map<string, { item: ViewMention; mentions: number; articles: Set<string> }>();
  for (const item of mentions) {
    const entry = byPlace.get(item.place.id) ?? { item, mentions: 0, articles: new Set<string>() };
    entry.mentions++;
    entry.articles.add(item.article.id);
    byPlace.set(item.place.id, entry);
  }
  const features: Feature<Point, PlaceFeatureProperties>[] = [...byPlace.values()]
    .sort((a, b) => b.mentions - a.mentions || (a.item.place.id < b.item.place.id ? -1 : 1))
    .map(({ item: { place }, mentions: count, articles }) => ({
      type: 'Feature',
      id: place.id,
      geometry: point(place.lon, place.lat),
      properties: {
        id: place.id, name: place.name, kind: place.kind,
        ...(place.iso ? { iso: place.iso } : {}),
        ...(place.parent ? { parent: place.parent } : {}),
        mentions: count, articles: articles.size,
      },
    }));
  return { type: 'FeatureCollection', features };
}

export function mentionsGeoJson(mentions: readonly ViewMention[]): FeatureCollection<Point, MentionFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: mentions.map(({ mention, article, place }) => ({
      type: 'Feature',
      geometry: point(place.lon, place.lat),
      properties: {
        place: place.id,
        placeName: place.name,
        article: article.id,
        title: article.title,
        ...(article.source ? { source: article.source } : {}),
        ...(article.url ? { url: article.url } : {}),
        ...(article.published ? { published: article.published } : {}),
        ...(mention.date ? { date: mention.date } : {}),
        language: article.language,
        mention: article.text.slice(mention.start, mention.end),
        excerpt: article.text.slice(mention.sentence[0], mention.sentence[1]),
        start: mention.start,
        end: mention.end,
      },
    })),
  };
}
