/**
 * Event dates resolved against the publication date. The weekday cases were checked on a calendar:
 * 2022-11-12 is a Saturday, 2022-11-15 a Tuesday, 2022-11-03 a Thursday.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/days/index.ts';
import { eventDate } from '../../src/lib/dates/index.ts';

describe('eventDate (English)', () => {
  it.each([
    ['Shoigu said at a televised meeting on November 9, adding that', '2022-11-09', '2022-11-09'],
    ['Zelenskiy said in his nightly video address late on November 8.', '2022-11-09', '2022-11-08'],
    ['After the well-known events of Nov. 11, when Russian troops were ordered to withdraw', '2022-11-15', '2022-11-11'],
    ['The group is expected to meet on November 28-29 for the conference.', '2022-11-12', '2022-11-28'],
    ['He said yesterday that the bridge was down.', '2022-11-15', '2022-11-14'],
    ['The move was completed at 05:00 [Moscow time] this morning.', '2022-11-12', '2022-11-12'],
    ['The offensive began on February 24.', '2022-11-09', '2022-02-24'],
    ['The ceasefire was signed on 3 January 2023.', '2022-11-09', '2023-01-03'],
  ])('%s (published %s) -> %s', (sentence, published, expected) => {
    expect(eventDate(sentence, published, 'en')).toBe(expected);
  });

  it('a bare weekday is the most recent one on or before publication', () => {
    expect(eventDate('the minister on Friday announced the withdrawal', '2022-11-12', 'en')).toBe('2022-11-11');
    expect(eventDate('Officials said Tuesday that civil servants left', '2022-11-15', 'en')).toBe('2022-11-15');
    expect(eventDate('Stoltenberg said Monday that', '2022-11-15', 'en')).toBe('2022-11-14');
    expect(eventDate('They met on Friday.', '2022-11-11', 'en')).toBe('2022-11-11');
  });

  it('"last" looks strictly back and "next" looks forward', () => {
    expect(eventDate('They met last Friday.', '2022-11-11', 'en')).toBe('2022-11-04');
    expect(eventDate('They will meet next Monday.', '2022-11-12', 'en')).toBe('2022-11-14');
  });

  it('gives no date when the sentence names no day', () => {
    for (const s of [
      'Russia claimed Kherson after holding referendums in September.',
      'The war began in late February.',
      'Ukraine said 950 soldiers were killed in 24 hours.',
      'The offensive began eight months ago.',
      'Kherson is the largest city Russia had seized.',
      'Troops will cross at 05:00.',
      'Markets open every Monday.',
    ]) expect(eventDate(s, '2022-11-12', 'en')).toBeUndefined();
  });

  it('undated articles get only dates that spell out the year', () => {
    expect(eventDate('Troops left on November 9.', undefined, 'en')).toBeUndefined();
    expect(eventDate('Troops left yesterday.', undefined, 'en')).toBeUndefined();
    expect(eventDate('Troops left on Friday.', undefined, 'en')).toBeUndefined();
    expect(eventDate('Troops left on November 9, 2022.', undefined, 'en')).toBe('2022-11-09');
  });

  it('does not depend on the host time zone', () => {
    // Vitest runs in the host's zone; the reference is built at local noon and read back as
    // calendar components, so a date near midnight UTC stays on its day.
    expect(eventDate('He spoke yesterday.', '2022-01-01', 'en')).toBe('2021-12-31');
    expect(eventDate('He spoke on Saturday.', '2022-01-01', 'en')).toBe('2022-01-01');
  });
});

describe('eventDate (Indonesian)', () => {
  it('"pada hari Minggu" and "pada Minggu" are the Sunday before publication', () => {
    expect(eventDate('Kyiv mengklaim 950 tentara Rusia tewas pada hari Minggu, jumlah korban tertinggi.', '2022-11-03', 'id')).toBe('2022-10-30');
    expect(eventDate('Ukraina juga mengklaim menghancurkan 13 tank pada Minggu.', '2022-11-03', 'id')).toBe('2022-10-30');
  });

  it('"pagi ini" (this morning) and "hari ini" (today) are the publication day', () => {
    expect(eventDate('Pagi ini seorang pengguna Twitter memposting foto bendera.', '2022-11-03', 'id')).toBe('2022-11-03');
    expect(eventDate('Berbicara hari ini, dia berkata', '2022-11-03', 'id')).toBe('2022-11-03');
  });

  it('dates, yesterday, last/next weekday', () => {
    expect(eventDate('Pasukan mundur pada 3 November.', '2022-11-05', 'id')).toBe('2022-11-03');
    expect(eventDate('Dia tiba kemarin.', '2022-11-05', 'id')).toBe('2022-11-04');
    expect(eventDate('Mereka bertemu pada Jumat lalu.', '2022-11-04', 'id')).toBe('2022-10-28');
    expect(eventDate('Mereka akan bertemu pada Senin depan.', '2022-11-04', 'id')).toBe('2022-11-07');
  });

  it('"minggu" meaning "week" and "setiap hari Minggu" (every Sunday) give no date', () => {
    expect(eventDate('Pasukan mundur minggu lalu.', '2022-11-03', 'id')).toBeUndefined();
    expect(eventDate('Pasar buka setiap hari Minggu.', '2022-11-03', 'id')).toBeUndefined();
  });
});

describe('eventDate (German, Russian, Ukrainian)', () => {
  it.each([
    ['de', 'Am Freitag zogen sich die Truppen zurück.', '2022-11-11'],
    ['de', 'Die Truppen zogen sich am 9. November zurück.', '2022-11-09'],
    ['de', 'Gestern wurde Cherson befreit.', '2022-11-11'],
    ['ru', 'В пятницу войска покинули Херсон.', '2022-11-11'],
    ['ru', 'Войска покинули Херсон 11 ноября.', '2022-11-11'],
    ['ru', 'Вчера войска покинули Херсон.', '2022-11-11'],
    ['uk', 'У пʼятницю війська залишили Херсон.', '2022-11-11'],
    ['uk', "У п'ятницю війська залишили Херсон.", '2022-11-11'],
    ['uk', 'Війська залишили Херсон 11 листопада.', '2022-11-11'],
    ['uk', 'Вчора війська залишили Херсон.', '2022-11-11'],
  ])('%s: %s', (language, sentence, expected) => {
    expect(eventDate(sentence, '2022-11-12', language)).toBe(expected);
  });

  it('languages without a chrono parser still read formal dates', () => {
    expect(eventDate('Wojska opuściły Chersoń 2022-11-11.', '2022-11-12', 'pl')).toBe('2022-11-11');
    expect(eventDate('Wojska opuściły Chersoń w piątek.', '2022-11-12', 'pl')).toBeUndefined();
  });
});

describe('eventDate: things that are not event days', () => {
  it('"now" is not a date', () => {
    expect(eventDate('He indicated that Kherson is now a subject of the Russian Federation.', '2022-11-12', 'en')).toBeUndefined();
    expect(eventDate('Saat ini Kherson dikuasai Ukraina.', '2022-11-12', 'id')).toBeUndefined();
  });

  it('relative words in an undated article give no date, even without a casual tag', () => {
    expect(eventDate('Shelling hit the city last night.', undefined, 'en')).toBeUndefined();
    expect(eventDate('Shelling hit the city last night.', '2022-11-12', 'en')).toBe('2022-11-11');
  });
});

describe('eventDate: the shortcuts change nothing', () => {
  it('the lighter English parser leaves out only parsers whose results are never accepted', async () => {
    const { englishDateParser } = await import('../../src/lib/dates/index.ts');
    const chrono = await import('chrono-node');
    expect(englishDateParser.parsers.length).toBe(chrono.en.casual.parsers.length - 7);
  });

  it('pre-filter + lighter parser give the same dates as the full parser on every English seed sentence', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { readFrontMatter } = await import('../../src/lib/ingest/frontMatter.ts');
    const { cleanText } = await import('../../src/lib/ingest/clean.ts');
    const { sentenceSpans } = await import('../../src/lib/ingest/sentences.ts');
    const dir = join(import.meta.dirname, '../fixtures/seeds');
    let compared = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
      const fm = readFrontMatter(readFileSync(join(dir, name), 'utf8'));
      if (!fm.ok || fm.meta.language !== 'en') continue;
      const text = cleanText(fm.body, 'en', { title: fm.meta.title });
      for (const [s, e] of sentenceSpans(text, 'en')) {
        const sentence = text.slice(s, e);
        // 'und' uses the full English chrono parser, without the pre-filter.
        expect(eventDate(sentence, fm.meta.published, 'en')).toBe(eventDate(sentence, fm.meta.published, 'und'));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('eventDate: several days in one sentence', () => {
  // Published Saturday 2022-11-12.
  const sentence = 'Ukrainian troops entered Snihurivka on November 4 and raised the flag over Kherson on November 11.';
  const at = (name: string) => ({ start: sentence.indexOf(name), end: sentence.indexOf(name) + name.length });

  it('each mention takes the day named nearest to it', () => {
    expect(eventDate(sentence, '2022-11-12', 'en', at('Snihurivka'))).toBe('2022-11-04');
    expect(eventDate(sentence, '2022-11-12', 'en', at('Kherson'))).toBe('2022-11-11');
    expect(eventDate(sentence, '2022-11-12', 'en')).toBe('2022-11-04'); // no mention: the first day
  });

  it('lists every dated expression in text order, with its offsets', async () => {
    const { sentenceDates } = await import('../../src/lib/dates/index.ts');
    const dates = sentenceDates(sentence, '2022-11-12', 'en');
    expect(dates.map((d) => [sentence.slice(d.start, d.end), d.date])).toEqual([['November 4', '2022-11-04'], ['November 11', '2022-11-11']]);
  });

  it('a day in a "since" clause is when a state began, not the event', () => {
    const mariupol = 'The port of Mariupol, held by Russian forces since March 20, was shelled again on Friday.';
    const m = { start: mariupol.indexOf('Mariupol'), end: mariupol.indexOf('Mariupol') + 8 };
    expect(eventDate(mariupol, '2022-11-12', 'en', m)).toBe('2022-11-11'); // not the nearer March 20
    expect(eventDate('Kherson has been under Ukrainian control since the Russian retreat began on November 9.', '2022-11-20', 'en')).toBeUndefined();
    expect(eventDate('Kota itu dikuasai Rusia sejak 2 Maret.', '2022-11-12', 'id')).toBeUndefined();
    // A clause break ends the "since" clause: the later day is the event.
    expect(eventDate('Shelling has not stopped since March, and on November 9 the dam was hit.', '2022-11-12', 'en')).toBe('2022-11-09');
  });
});

describe('eventDate: no event after publication without a future marker', () => {
  it('a bare weekday is never a day after publication, whatever chrono would say', () => {
    // 2022-11-06 (Sunday) ... 2022-11-12 (Saturday): every weekday against every publication weekday.
    for (let d = 6; d <= 12; d++) {
      const published = `2022-11-${String(d).padStart(2, '0')}`;
      for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
        const date = eventDate(`Troops entered the city on ${day}.`, published, 'en')!;
        expect(date <= published, `${day} in a paper of ${published}: ${date}`).toBe(true);
        expect(date > addDays(published, -7), `${day} in a paper of ${published}: ${date}`).toBe(true);
      }
    }
    // Published on Wednesday 2022-11-09: "Friday" is the 4th, not the coming 11th.
    expect(eventDate('Troops entered the city on Friday.', '2022-11-09', 'en')).toBe('2022-11-04');
  });

  it('an inferred day more than a day ahead needs a future marker', () => {
    expect(eventDate('The envoy arrived in Kyiv on November 20.', '2022-11-12', 'en')).toBeUndefined();
    expect(eventDate('The envoy will arrive in Kyiv on November 20.', '2022-11-12', 'en')).toBe('2022-11-20');
    expect(eventDate('Utusan itu akan tiba di Kyiv pada 20 November.', '2022-11-12', 'id')).toBe('2022-11-20');
    expect(eventDate('Utusan itu tiba di Kyiv pada 20 November.', '2022-11-12', 'id')).toBeUndefined();
    expect(eventDate('He spoke tomorrow.', '2022-11-12', 'en')).toBe('2022-11-13'); // one day of slack
    // A day written with its year is taken as written.
    expect(eventDate('The ceasefire was signed on 3 January 2023.', '2022-11-09', 'en')).toBe('2023-01-03');
  });
});

describe('ArticleDates', () => {
  it('gives each mention the same date as eventDate on its sentence', async () => {
    const { ArticleDates } = await import('../../src/lib/dates/index.ts');
    const { sentenceSpans } = await import('../../src/lib/ingest/sentences.ts');
    // "İ" lower-cases to two characters: the article-wide lower-casing must not shift offsets.
    const text = 'İstanbul hosted talks on Monday. Kherson was retaken on November 11 and Lyman on October 1.\n\nУ пʼятницю війська залишили Херсон.';
    const dates = new ArticleDates(text, '2022-11-12', 'en');
    let compared = 0;
    for (const [s, e] of sentenceSpans(text, 'en')) {
      for (const word of text.slice(s, e).match(/\p{Lu}\p{Ll}+/gu) ?? []) {
        const start = text.indexOf(word, s);
        expect(dates.dateOf(s, e, start, start + word.length), word).toBe(eventDate(text.slice(s, e), '2022-11-12', 'en', { start: start - s, end: start - s + word.length }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5);
    const lyman = text.indexOf('Lyman');
    const [s, e] = sentenceSpans(text, 'en')[1];
    expect(dates.dateOf(s, e, lyman, lyman + 5)).toBe('2022-10-01');
    const uk = new ArticleDates(text, '2022-11-12', 'uk');
    const kherson = text.indexOf('Херсон');
    expect(uk.dateOf(text.indexOf('У пʼ'), text.length, kherson, kherson + 6)).toBe('2022-11-11');
  });
});

describe('date parsers: the speed-ups change no result', () => {
  const seedSentences = async (language: string) => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { readFrontMatter } = await import('../../src/lib/ingest/frontMatter.ts');
    const { cleanText } = await import('../../src/lib/ingest/clean.ts');
    const { sentenceSpans } = await import('../../src/lib/ingest/sentences.ts');
    const dir = join(import.meta.dirname, '../fixtures/seeds');
    const out: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".md"))) {
      const fm = readFrontMatter(readFileSync(join(dir, name), 'utf8'));
      if (!fm.ok || fm.meta.language !== language) continue;
      const text = cleanText(fm.body, language, { title: fm.meta.title });
      for (const [s, e] of sentenceSpans(text, language)) out.push(text.slice(s, e).replace(/[ʼ’‘`´]/g, "'"));
    }
    return out;
  };
  const reference = new Date(2022, 10, 12, 12);
  type Result = { index: number; text: string; start: { date(): Date }; tags(): Set<string> };
  const describeAll = (results: Result[]) => results.map((r) => `${r.index} ${r.text} ${r.start.date().toISOString()} ${[...r.tags()].sort()}`);

  it('English: gating parsers on their literals gives exactly the results of the ungated parser', async () => {
    const { dateParserFor, englishDateParser } = await import('../../src/lib/dates/parsers.ts');
    const sentences = [
      ...(await seedSentences('en')),
      'On Friday, November 11, troops left.', 'They met on 2022-11-09 and on 11/12/2022.', 'Talks resume next weekend.',
      'He spoke this morning and again tonight.', 'The deal was signed in March 2022.', 'The 3rd of November was quiet; the fourth of November was not.',
      'Shelling continued overnight and into Sat. morning.', 'Nothing to see here.',
    ];
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) {
      expect(describeAll(dateParserFor('en')(s, reference)), s).toEqual(describeAll(englishDateParser.parse(s, reference)));
    }
  });

  it('Indonesian: gating parsers on their literals gives exactly the results of the ungated parser', async () => {
    const { dateParserFor, indonesianDateParser } = await import('../../src/lib/dates/parsers.ts');
    const sentences = [
      ...(await seedSentences('id')),
      'Pada 3 November pukul 09.30 pasukan mundur.', 'Mereka bertemu pada Jumat lalu.', 'Pasukan mundur minggu lalu.', 'Hari Minggu depan mereka kembali.',
      'Sidang digelar tanggal 3-5 Nov 2022.', 'Pemilu bulan Mei 2024.', 'Pagi ini dan tengah malam tadi.', 'Tadi malam, saat ini, kemarin lusa.',
      "Jum'at, 12/11/2022 dan 2022-11-12.", 'PADA HARI SENIN', 'Tidak ada apa-apa di sini.',
    ];
    expect(sentences.length).toBeGreaterThan(30);
    for (const s of sentences) {
      for (const variant of [s, s.toUpperCase()]) {
        expect(describeAll(dateParserFor('id')(variant, reference)), variant).toEqual(describeAll(indonesianDateParser.parse(variant, reference)));
      }
    }
  });

  it('English gates keep the expressions written without spaces or in capitals', async () => {
    const { dateParserFor, englishDateParser } = await import('../../src/lib/dates/parsers.ts');
    const sentences = [
      'onMonday and lastFriday, thisweekend', 'In 300 BC November fell.', '2022 AD Nov 3', 'the twenty-first of May', 'May twenty-first',
      'MAY 9TH', 'ON FRIDAY, NOVEMBER 11', 'inMarch 2022', 'thismorning', 'lastnight', 'tmrw', 'Mon., Tue. and Sept. 3', '9-Nov, 9/Nov, 9ofNovember',
      'Nov-9, Nov/9, Nov,9', 'the mayor showed a known monitor', 'friends met on a sunny Saturday',
    ];
    for (const s of sentences) {
      expect(describeAll(dateParserFor('en')(s, reference)), s).toEqual(describeAll(englishDateParser.parse(s, reference)));
    }
  });

  it('English text is read without folding its apostrophes: folding would change no date', async () => {
    const { sentenceDates } = await import('../../src/lib/dates/index.ts');
    const sentences = [
      ...(await seedSentences('en')),
      'Russia’s troops left on Friday’s morning.', 'Monday’s strike hit Kherson; Nov. 11’s events followed.', '‘Yesterday’ he said.',
      'It’s been quiet since Sept. 3, and ’til Tuesday nothing moved.', 'The city’s mayor spoke on November 9´s anniversary.',
    ];
    for (const s of sentences) {
      const folded = s.replace(/[ʼ’‘`´]/g, "'");
      for (const published of ['2022-11-12', undefined]) {
        expect(sentenceDates(s, published, 'en'), s).toEqual(sentenceDates(s, published, 'en', { sentence: folded, lower: folded.toLowerCase() }));
      }
    }
  });

  it('Indonesian: the lighter parser finds the same day-level expressions as the full one', async () => {
    const chrono = await import('chrono-node');
    const { indonesianDateParser } = await import('../../src/lib/dates/parsers.ts');
    const sentences = [
      ...(await seedSentences('id')),
      'Dia tiba kemarin pukul 10.00.', 'Pada 3 November pukul 09.30 pasukan mundur.', 'Mereka bertemu pada Jumat lalu.', 'Pasukan mundur minggu lalu.',
    ];
    expect(sentences.length).toBeGreaterThan(30);
    // Day-level: a day and month, a weekday, or a casual day word ("kemarin") — and not a duration.
    const days = (results: Result[]) => (results as ReturnType<typeof chrono.id.casual.parse>)
      .filter((r) => !r.tags().has('result/relativeDate') && ((r.start.isCertain('day') && r.start.isCertain('month')) || r.start.isCertain('weekday') || [...r.tags()].some((t) => t.startsWith('casualReference/'))))
      .map((r) => `${r.index} ${r.start.date().toISOString().slice(0, 10)}`);
    for (const s of sentences) expect(days(indonesianDateParser.parse(s, reference)), s).toEqual(days(chrono.id.casual.parse(s, reference)));
  });
});
