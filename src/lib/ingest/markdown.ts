/**
 * Just enough Markdown -> text for news copied into .md files: the reader sees "Kherson", not
 * "**[Kherson](https://…)**". Not a Markdown renderer: tables, code and nested syntax are left as
 * they are (they are rare in news copy and harmless as text).
 */
export function markdownToText(md: string): string {
  // Most news copy has no Markdown at all: skip the passes when no syntax character occurs.
  if (!/[#*_[!<]/.test(md) && !(md.includes('---') && /^ {0,3}-{3}/m.test(md))) return md;
  // Then each pass runs only when the characters its syntax needs occur ("!" or "[" in prose
  // must not cost seven passes over the text).
  let text = md;
  if (text.includes('<!--')) text = text.replace(/<!--[\s\S]*?-->/g, ''); // HTML comments (editor notes)
  if (/[-*_][ \t]*[-*_][ \t]*[-*_]/.test(text)) text = text.replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, ''); // horizontal rules
  if (text.includes('#')) text = text.replace(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1'); // ATX headings
  if (text.includes('](')) {
    text = text
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '') // images
      .replace(/\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+"[^"\n]*")?\)/g, '$1'); // inline links -> their text
  }
  if (/[*_]/.test(text)) {
    text = text
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2') // bold
      .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, '$1$3'); // italics
  }
  return text;
}
