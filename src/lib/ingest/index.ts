/** Ingest: a folder of article files -> the Dataset (see PRODUCT.md), with every rejection's reason. */
export {
  type IngestResult, type IngestWarning, type InputFile, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, articleIdOf, extensionOf,
  ingestFiles, readArticle, rejectionBeforeReading,
} from './pipeline.ts';
export { type CleanOptions, cleanText } from './clean.ts';
export { isHeadlineLike } from './lines.ts';
export { normalizeWhitespace } from './whitespace.ts';
export { type DecodeResult, decodeText, firstInvalidUtf8Byte } from './decode.ts';
export { type FrontMatterResult, type RawMeta, readFrontMatter, readSimpleMapping } from './frontMatter.ts';
export { type HtmlResult, htmlToText, readHtml } from './html.ts';
export { UNDETERMINED, detectLanguage, normalizeLanguageTag } from './language.ts';
export { markdownToText } from './markdown.ts';
export { type Precision, normalizeLanguage, normalizePrecision, normalizePublished, normalizeUrl, titleFromLine } from './metadata.ts';
export { SentenceLocator, sentenceSpans } from './sentences.ts';
