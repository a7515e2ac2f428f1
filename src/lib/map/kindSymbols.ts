/**
 * How the map draws a place of each kind: settlements as filled dots, areas (subdivisions,
 * countries, continents) as rings, water as blue dots, landforms as brown ones. Display labels for
 * kinds live with the place-kind table (src/lib/format); this is only the map's symbol. Kinds the
 * map does not know (the gazetteer grows) fall back to `other`.
 */
export type KindSymbol = 'settlement' | 'area' | 'water' | 'landform' | 'structure' | 'other';

const SYMBOLS: Readonly<Record<string, KindSymbol>> = {
  city: 'settlement', town: 'settlement', village: 'settlement',
  admin1: 'area', admin2: 'area', region: 'area', country: 'area', continent: 'area',
  river: 'water', sea: 'water', ocean: 'water', lake: 'water', reservoir: 'water', canal: 'water', strait: 'water', bay: 'water', gulf: 'water',
  peninsula: 'landform', mountains: 'landform', mountain: 'landform', island: 'landform', desert: 'landform',
  dam: 'structure', power_plant: 'structure', bridge: 'structure',
};

export const kindSymbol = (kind: string): KindSymbol => SYMBOLS[kind] ?? 'other';

/** Fill and ring colours per symbol (ring-only areas read as "a region around here", not a town). */
export const SYMBOL_COLORS: Readonly<Record<KindSymbol, { fill: string; ring: string; fillOpacity: number }>> = {
  settlement: { fill: '#1e40af', ring: '#ffffff', fillOpacity: 0.85 },
  area: { fill: '#7c3aed', ring: '#7c3aed', fillOpacity: 0.12 },
  water: { fill: '#0369a1', ring: '#ffffff', fillOpacity: 0.85 },
  landform: { fill: '#92400e', ring: '#ffffff', fillOpacity: 0.85 },
  structure: { fill: '#374151', ring: '#ffffff', fillOpacity: 0.9 },
  other: { fill: '#6b7280', ring: '#ffffff', fillOpacity: 0.85 },
};
