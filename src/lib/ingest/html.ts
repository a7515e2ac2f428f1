/**
 * HTML articles: metadata from <title>, Open Graph / article: meta tags and <html lang>; the main
 * text through @mozilla/readability, with linkedom as the DOM (no browser needed, and it also runs in
 * a Web Worker, which has no DOMParser for readability to use).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawMeta } from './frontMatter.ts';

export type HtmlResult = { ok: true; meta: RawMeta; body: string } | { ok: false; reason: string };

/** Fewer words than this in the extracted text means readability found navigation, not an article. */
const MIN_MAIN_TEXT_WORDS = 5;

export function readHtml(html: string): HtmlResult {
  let { document } = parseHTML(html);
  // A fragment without <html>/<body> (pasted article markup) gets a document around it.
  if (document.documentElement?.tagName.toUpperCase() !== 'HTML' || !document.body) ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  const meta = htmlMetadata(document);

  // Readability mutates the document, so metadata is read first.
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  } catch {
    article = null; // readability gives up on some malformed documents: same as "no article"
  }
  const body = article?.content ? htmlToText(article.content) : '';
  if ((body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_MAIN_TEXT_WORDS) {
    return { ok: false, reason: 'no main text found in HTML' };
  }
  if (!meta.language && article?.lang) meta.language = article.lang;
  return { ok: true, meta, body };
}

function htmlMetadata(document: ParentNode & { documentElement?: Element | null }): RawMeta {
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const value = el?.getAttribute('content')?.trim();
      if (value) return value;
    }
    return undefined;
  };
  const meta: RawMeta = {};
  const siteName = metaContent('og:site_name', 'application-name');
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const title = metaContent('og:title', 'twitter:title') ?? stripSiteSuffix(pageTitle, siteName);
  if (title) meta.title = title;
  if (siteName) meta.source = siteName;
  const url = metaContent('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (url) meta.url = url;
  const published = metaContent('article:published_time', 'datePublished', 'date', 'pubdate');
  if (published) meta.published = published;
  // article:author is often a profile URL rather than a name; a URL is not an author's name.
  const author = [metaContent('article:author'), metaContent('author')].find((a) => a && !/^https?:/i.test(a));
  if (author) meta.author = author;
  const lang = document.documentElement?.getAttribute('lang')?.trim() || metaContent('og:locale');
  if (lang) meta.language = lang;
  return meta;
}

/** "Headline | Site" -> "Headline" when the suffix is the site's name. */
function stripSiteSuffix(title: string | undefined, siteName: string | undefined): string | undefined {
  if (!title || !siteName) return title;
  const m = /^(.*\S)\s+[|–—-]\s+(.+)$/.exec(title);
  return m && m[2].trim().toLowerCase() === siteName.toLowerCase() ? m[1] : title;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'nav', 'select']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'dl', 'dt', 'dd', 'hr', 'address', 'details', 'summary',
]);

/** Readability's cleaned HTML -> plain text with one paragraph per block element. */
export function htmlToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        buffer += (child.textContent ?? '').replace(/\s+/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'br') { buffer += '\n'; continue; }
        if (BLOCKS.has(tag)) {
          flush();
          if (tag === 'li') buffer = '• ';
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(document.body);
  flush();
  return paragraphs.filter((p) => p !== '•').join('\n\n');
}
