export { type Span, paragraphSpans, trimSpan } from './paragraphs.ts';
export { type MarkRange, type MarkedParagraph, type Segment, markedParagraphs, splitByMarks } from './marks.ts';
export { safeHttpUrl } from './links.ts';
