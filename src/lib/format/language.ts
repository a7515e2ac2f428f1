const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "id" -> "Indonesian"; unknown codes are shown as given. */
export function languageName(code: string): string {
  try {
    return LANGUAGES.of(code) ?? code;
  } catch {
    return code;
  }
}
