/**
 * Just enough Markdown -> text for news copied into .md files: the reader sees "Kherson", not
 * "**[Kherson](https://…)**". Not a Markdown renderer: tables, code and nested syntax are left as
 * they are (they are rare in news copy and harmless as text).
 */
export function markdownToText(md: string): string {
  // Most news copy has no Markdown at all: skip the passes when no syntax character occurs.
  if (!/[#*_[!<]|^ {0,3}-{3}/m.test(md)) return md;
  return md
    .replace(/<!--[\s\S]*?-->/g, '') // HTML comments (editor notes)
    .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '') // horizontal rules
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/gm, '$1') // ATX headings
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '') // images
    .replace(/\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+"[^"\n]*")?\)/g, '$1') // inline links -> their text
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2') // bold
    .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/gm, '$1$3'); // italics
}
