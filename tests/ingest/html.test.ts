import { describe, expect, it } from 'vitest';
import { htmlToText, readHtml } from '../../src/lib/ingest/html.ts';

const page = (head: string, body: string, lang = 'en-GB') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;

const ARTICLE = `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Troops leave Kherson</h1>
<p>Russian troops completed their withdrawal from Kherson on Friday, the defence ministry said in a statement.</p>
<p>Residents of the city gathered in the main square, waving flags and greeting the first Ukrainian soldiers.</p>
<p>The Dnipro now separates the two armies along a front of several hundred kilometres.</p></article>
<footer>© Example News 2022</footer>`;

describe('readHtml', () => {
  it('takes metadata from og:/article: tags and <html lang>, and the main text via readability', () => {
    const head = `<title>Troops leave Kherson | Example News</title>
      <meta property="og:title" content="Troops leave Kherson">
      <meta property="og:site_name" content="Example News">
      <meta property="og:url" content="https://news.example/kherson">
      <meta property="article:published_time" content="2022-11-11T10:00:00Z">
      <meta property="article:author" content="Jane Doe">`;
    const r = readHtml(page(head, ARTICLE));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta).toEqual({
      title: 'Troops leave Kherson', source: 'Example News', url: 'https://news.example/kherson',
      published: '2022-11-11T10:00:00Z', author: 'Jane Doe', language: 'en-GB',
    });
    expect(r.body).toContain('Russian troops completed their withdrawal from Kherson on Friday');
    expect(r.body.split('\n\n').length).toBeGreaterThanOrEqual(3);
    expect(r.body).not.toContain('Home');
    expect(r.body).not.toContain('©');
  });

  it('falls back to <title> without the site suffix', () => {
    const r = readHtml(page('<title>Troops leave Kherson | Example News</title><meta property="og:site_name" content="Example News">', ARTICLE));
    expect(r.ok && r.meta.title).toBe('Troops leave Kherson');
  });

  it('rejects a page with no main text', () => {
    expect(readHtml(page('<title>Empty</title>', '<nav><a href="/">Home</a></nav>'))).toEqual({ ok: false, reason: 'no main text found in HTML' });
    expect(readHtml('')).toEqual({ ok: false, reason: 'no main text found in HTML' });
  });

  it('htmlToText keeps block structure and list items', () => {
    expect(htmlToText('<div><h2>Head</h2><p>One <b>bold</b> line.<br>Next line.</p><ul><li>A</li><li>B</li></ul><script>x()</script></div>')).toBe(
      'Head\n\nOne bold line.\nNext line.\n\n• A\n\n• B',
    );
  });
});

describe('readHtml on fragments', () => {
  it('reads article markup without <html> or <head>', () => {
    const r = readHtml('<p>Russian troops completed their withdrawal from Kherson on Friday, the defence ministry said.</p><p>Residents gathered in the main square of the city to greet the soldiers.</p>');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.body).toContain('withdrawal from Kherson');
  });
});
