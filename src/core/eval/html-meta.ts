/**
 * The structured data an HTML page states about itself, read without a DOM: `<title>`,
 * `<meta>` tags, `<script type="application/ld+json">` blocks, microdata attributes and
 * `<time datetime>` elements. A small tokeniser that knows just enough HTML for that: comments,
 * quoted attributes (which may hold `>`), and raw-text elements whose content is not markup
 * (a `<meta` inside a script's string is not a tag). Used only to derive evaluation labels.
 */

export interface MetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv`, lower-cased. */
  key: string;
  content: string;
}

export interface TimeTag {
  datetime: string;
  /** Inside an `<article>` element. */
  inArticle: boolean;
  /** Its attributes call it the publication time (`pubdate`, `itemprop="datePublished"`, a class like `published`). */
  published: boolean;
  /** Its attributes call it an update time. */
  updated: boolean;
}

export interface HtmlMeta {
  /** The `<title>` text, entities decoded and spaces folded; null when absent or empty. */
  title: string | null;
  metas: MetaTag[];
  /** Every JSON-LD block that parsed. */
  jsonLd: unknown[];
  /** JSON-LD blocks that did not parse even after repair. */
  jsonLdErrors: number;
  /** `itemprop` values given as a `content` or `datetime` attribute on elements other than `<meta>`. */
  microdata: MetaTag[];
  times: TimeTag[];
  /** The `<h1>` and `<h2>` elements, in order: the headlines the page prints. */
  headings: { level: 1 | 2; text: string }[];
  /** Texts of the elements marked as the author: `<a rel="author">`, `itemprop="author"` without a `content`. */
  authorMarks: string[];
}

/** Elements whose content is text, not markup, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'xmp']);
/** A start tag from its `<`: name, then attributes where quoted values may hold `>`. */
const START_TAG = /<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const END_TAG = /<\/([a-zA-Z][^\s/>]*)[^>]*>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Attribute words that mark a time element as the publication or the update time. */
const PUBLISHED_HINT = /publish|pubdate|posted|created|entry-date|post-date/i;
const UPDATED_HINT = /updat|modif|edited/i;
/** Texts kept per kind and page: the article's own come early, a page of teasers has hundreds. */
const MAX_CAPTURES = 60;
/** Elements that have no end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Named entities common in titles and names; the rest of HTML's list is rare in metadata. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  Eacute: 'É',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
};

/** Decode character references: numeric ones all, named ones from the common list. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    // Only a terminated reference counts, as in attribute values ("&copy=1" in a URL stays).
    return whole.endsWith(';') ? (NAMED_ENTITIES[ref] ?? whole) : whole;
  });
}

/** Decoded, spaces folded, trimmed. */
export function cleanText(text: string): string {
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function readAttributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return out;
}

/**
 * Parse a JSON-LD block as pages print it: wrapped in HTML comments or CDATA markers, with
 * raw line breaks inside strings or a trailing comma. Null when it still does not parse.
 */
export function parseJsonLd(text: string): unknown {
  const unwrapped = text
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/)\s*$/, '')
    .trim();
  try {
    return JSON.parse(unwrapped) as unknown;
  } catch {
    // Raw control characters are not allowed in JSON strings; as whitespace they are harmless.
    // eslint-disable-next-line no-control-regex -- replacing control characters is the repair
    const repaired = unwrapped.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as unknown;
    } catch {
      return null;
    }
  }
}

export function readHtmlMeta(html: string): HtmlMeta {
  const out: HtmlMeta = {
    title: null,
    metas: [],
    jsonLd: [],
    jsonLdErrors: 0,
    microdata: [],
    times: [],
    headings: [],
    authorMarks: [],
  };
  let articleDepth = 0;
  /** Elements whose text is being read, each with how deep its own tag name is nested. */
  let captures: { into: (text: string) => void; name: string; from: number; depth: number }[] = [];
  const heading = (level: 1 | 2) => (text: string) => {
    if (out.headings.length < MAX_CAPTURES) out.headings.push({ level, text });
  };
  const authorMark = (text: string) => {
    if (out.authorMarks.length < MAX_CAPTURES) out.authorMarks.push(text);
  };
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    END_TAG.lastIndex = i;
    const close = END_TAG.exec(html);
    if (close) {
      const name = close[1]!.toLowerCase();
      if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
      for (const c of captures) if (c.name === name) c.depth--;
      for (const c of captures.filter((c) => c.depth === 0)) {
        const text = elementText(html.slice(c.from, i));
        if (text) c.into(text);
      }
      captures = captures.filter((c) => c.depth > 0);
      i = html.indexOf('<', END_TAG.lastIndex);
      continue;
    }
    START_TAG.lastIndex = i;
    const open = START_TAG.exec(html);
    if (!open) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = open[1]!.toLowerCase();
    const attrs = readAttributes(open[2]!);
    let next = START_TAG.lastIndex;
    if (name === 'article' && !open[2]!.trimEnd().endsWith('/')) articleDepth++;
    if (!VOID.has(name) && !open[2]!.trimEnd().endsWith('/')) {
      for (const c of captures) if (c.name === name) c.depth++;
      const rel = attrs.get('rel') ?? '';
      const isAuthor =
        (name === 'a' && /\bauthor\b/i.test(rel)) ||
        (/^author$/i.test(attrs.get('itemprop') ?? '') && !attrs.has('content'));
      if (name === 'h1' || name === 'h2')
        captures.push({ into: heading(name === 'h1' ? 1 : 2), name, from: next, depth: 1 });
      else if (isAuthor) captures.push({ into: authorMark, name, from: next, depth: 1 });
    }
    if (name === 'meta') readMeta(attrs, out);
    else {
      const prop = attrs.get('itemprop');
      const value = attrs.get('content') ?? attrs.get('datetime');
      if (prop && value !== undefined) out.microdata.push({ key: prop.toLowerCase(), content: cleanText(value) });
    }
    if (name === 'time' && attrs.get('datetime')) {
      // The value itself is no hint: only the other attributes say what the time dates.
      const hints = [...attrs]
        .filter(([k]) => k !== 'datetime')
        .map(([k, v]) => `${k}=${v}`)
        .join(' ');
      out.times.push({
        datetime: attrs.get('datetime')!.trim(),
        inArticle: articleDepth > 0,
        published: PUBLISHED_HINT.test(hints),
        updated: UPDATED_HINT.test(hints),
      });
    }
    if (RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = next;
      const endAt = endTag.exec(html)?.index ?? -1;
      const content = html.slice(next, endAt < 0 ? html.length : endAt);
      next = endAt < 0 ? html.length : endAt;
      if (name === 'title' && out.title === null) out.title = cleanText(content) || null;
      if (name === 'script' && /ld\+json/i.test(attrs.get('type') ?? '')) {
        const parsed = parseJsonLd(content);
        if (parsed === null) out.jsonLdErrors++;
        else out.jsonLd.push(parsed);
      }
    }
    i = html.indexOf('<', next);
  }
  return out;
}

/** The text of an element's inner HTML: scripts and tags out, entities decoded, spaces folded. */
function elementText(inner: string): string {
  return cleanText(inner.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '));
}

/** The non-empty values of the meta tags with these keys, in the keys' order. */
export function metaValues(metas: readonly MetaTag[], keys: readonly string[]): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const key of keys) for (const m of metas) if (m.key === key && m.content) out.push({ key, value: m.content });
  return out;
}

function readMeta(attrs: Map<string, string>, out: HtmlMeta): void {
  const key = attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? attrs.get('http-equiv');
  const content = attrs.get('content');
  if (key && content !== undefined) out.metas.push({ key: key.trim().toLowerCase(), content: cleanText(content) });
}
