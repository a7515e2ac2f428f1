/**
 * Cheap test for "may contain a date we would accept", per language, so chrono's ~40 parsers only
 * run on sentences that pass. Accepted dates need a numeric date, a month name WITH a
 * number (a day), a weekday, or a today/yesterday word; a bare number or a lone month is not enough
 * (durations and months are not accepted anyway). Languages without a list always go to chrono.
 */
interface DateHints { months: RegExp; days: RegExp }
// Tested on lower-cased text, without the i and u flags, with explicit letter classes as word
// boundaries (\b is ASCII-only): several times faster than case-insensitive Unicode lookbehinds.
const LATIN = 'a-zà-ÿ';
const CYRILLIC = "а-яёіїєґ'ʼ";
const hints = (letters: string, months: string, days: string): DateHints => ({
  months: new RegExp(`(?:^|[^${letters}])(?:${months})(?![${letters}])`),
  days: new RegExp(`(?:^|[^${letters}])(?:${days})(?![${letters}])`),
});
const DATE_HINTS: Readonly<Record<string, DateHints>> = {
  en: hints(
    LATIN,
    'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
    'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night',
  ),
  id: hints(
    LATIN,
    'jan(?:uari)?|feb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei|juni?|juli?|agu(?:stus)?|agt|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?',
    "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|(?:hari|pagi|siang|sore|malam) ini|kemarin|besok|lusa|semalam|tadi malam",
  ),
  de: hints(
    LATIN,
    'jan(?:uar)?|feb(?:ruar)?|mär(?:z)?|apr(?:il)?|mai|juni?|juli?|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|nov(?:ember)?|dez(?:ember)?',
    'montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonnabends?|sonntags?|heute|gestern|morgen|vorgestern|übermorgen',
  ),
  fr: hints(
    LATIN,
    'janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|déc(?:embre)?',
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aujourd'hui|hier|demain|ce matin|ce soir|cette nuit",
  ),
  ru: hints(
    CYRILLIC,
    'январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]',
    'понедельник[а-яёіїєґʼ]*|вторник[а-яёіїєґʼ]*|сред[аыуе]|четверг[а-яёіїєґʼ]*|пятниц[а-яёіїєґʼ]*|суббот[а-яёіїєґʼ]*|воскресень[а-яёіїєґʼ]*|сегодня|вчера|завтра|позавчера|послезавтра|ночью',
  ),
  uk: hints(
    CYRILLIC,
    'січ[а-яёіїєґʼ]*|лют[а-яёіїєґʼ]*|берез[а-яёіїєґʼ]*|квіт[а-яёіїєґʼ]*|трав[а-яёіїєґʼ]*|черв[а-яёіїєґʼ]*|лип[а-яёіїєґʼ]*|серп[а-яёіїєґʼ]*|верес[а-яёіїєґʼ]*|жовт[а-яёіїєґʼ]*|листопад[а-яёіїєґʼ]*|груд[а-яёіїєґʼ]*',
    "понеділ[а-яёіїєґʼ]*|вівтор[а-яёіїєґʼ]*|серед[аиуі]|четвер[а-яёіїєґʼ]*|п'ятниц[а-яёіїєґʼ]*|субот[а-яёіїєґʼ]*|неділ[а-яёіїєґʼ]*|сьогодні|вчора|учора|завтра|позавчора|післязавтра|вночі|уночі|ночі",
  ),
};
const NUMERIC_DATE = /\d[./-]\d/;
const DIGIT = /\d/;

/**
 * (Giving chrono only a window around each hint was tried: its cost is mostly per call, not per
 * character, so it saved little and risked cutting expressions apart.)
 * @param lower `sentence` lower-cased
 */
export function mayHaveDate(sentence: string, language: string, lower: string): boolean {
  const hint = DATE_HINTS[language];
  if (!hint) return true;
  // A numeric date has a digit: sentences without one (most) are scanned once, not twice.
  const hasDigit = DIGIT.test(sentence);
  if (hasDigit && NUMERIC_DATE.test(sentence)) return true;
  return (hasDigit && hint.months.test(lower)) || hint.days.test(lower);
}
