/**
 * The Chromium that browser tests and Lighthouse drive: CHROME_PATH when set, else the one
 * shipped inside the @sparticuz/chromium npm package (no download at run time). That package
 * unpacks its browser into the temp directory on first use (`chromium`, `fonts/`, the
 * SwiftShader libraries) and reuses it from then on: a cache, deliberately left in place.
 */
export async function chromePath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return sparticuz.executablePath();
}
