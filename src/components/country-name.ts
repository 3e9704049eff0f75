const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });

/** "UA" → "Ukraine"; the code itself when the browser does not know it. */
export function countryName(code: string | null): string {
  if (!code) return 'country unknown';
  try {
    return REGIONS.of(code) ?? code;
  } catch {
    return code;
  }
}
