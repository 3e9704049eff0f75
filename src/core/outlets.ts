/**
 * The outlet registry and how outlets are recognised in text: by name or alias, and by the
 * phrases through which a page tells who wrote it ("(Reuters) -", "told the Kyiv Independent",
 * "Support Ukrainska Pravda on Patreon!", "Subscribe to Pravda.Ru").
 */
import type { Outlet, OutletId, OutletRecord } from './types';

/** The outlet of an article whose page names no outlet we know. */
export const UNKNOWN_OUTLET: Outlet = {
  id: 'unknown' as OutletId,
  name: 'Unknown outlet',
  country: null,
  kind: 'unknown',
  homepage: null,
};

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Host of a URL without "www.", or null. Parsed by hand: the core has no URL global. */
export function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#]+)/i.exec(url.trim());
  return m?.[1] ? m[1].toLowerCase().replace(/^www\./, '') : null;
}

/** A registered outlet named in a text: `text.slice(start, end)` is the name or alias as printed. */
export interface OutletMention {
  start: number;
  end: number;
  outlet: OutletRecord;
}

export type EvidenceKind = 'dateline' | 'republished' | 'own-promo' | 'told' | 'newsletter' | 'bio' | 'copyright';

export interface OutletEvidence {
  outletId: OutletId;
  kind: EvidenceKind;
  /** The words that show it. */
  phrase: string;
}

/** How strongly each kind of phrase says who wrote the article (higher wins). */
export const EVIDENCE_STRENGTH: Record<EvidenceKind, number> = {
  dateline: 6,
  republished: 5,
  newsletter: 4,
  'own-promo': 4,
  bio: 3,
  told: 2,
  copyright: 1,
};

export class OutletRegistry {
  readonly outlets: readonly OutletRecord[];
  private readonly byName = new Map<string, OutletRecord>();
  private readonly byHost = new Map<string, OutletRecord>();
  /**
   * Phrases through which a page names its publisher, as regular expressions over folded text,
   * each with the words one of which any match contains (a text with none of them is not scanned).
   */
  private readonly rules: Array<[EvidenceKind, RegExp, readonly string[]]>;
  /** Every registered name and alias as printed, longest first, built on first use by `findNames`. */
  private printedNames: { re: RegExp; byText: Map<string, OutletRecord> } | null = null;

  constructor(outlets: readonly OutletRecord[]) {
    this.outlets = outlets;
    const ids = new Set<string>();
    for (const o of outlets) {
      if (ids.has(o.id)) throw new Error(`core/outlets: duplicate outlet id "${o.id}"`);
      ids.add(o.id);
      for (const n of [o.name, ...o.aliases]) this.byName.set(fold(n), o);
      const host = o.homepage ? hostOf(o.homepage) : null;
      if (host) this.byHost.set(host, o);
    }
    const names = [...this.byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const N = names.length ? `(${names.join('|')})` : '(?!)';
    this.rules = [
      // "(Reuters) -", "KYIV (AP) —": a wire dateline opens the agency's own copy.
      ['dateline', new RegExp(`(?:^|\\n)[^\\n(]{0,40}\\(${N}\\)\\s*[-–—]`, 'g'), ['(']],
      [
        'republished',
        new RegExp(`\\b(?:originally|first) (?:published|appeared) (?:by|on|in|at) (?:the )?${N}\\b`, 'g'),
        ['published ', 'appeared '],
      ],
      ['newsletter', new RegExp(`\\bwelcome to (?:the )?${N}'s? [^.\\n]{0,60}newsletter`, 'g'), ['welcome to ']],
      [
        'own-promo',
        new RegExp(
          `\\b(?:support|subscribe to|follow|donate to) (?:the )?${N}(?:'s)? (?:on|telegram|channel|newsletter|facebook|rss|!)`,
          'g',
        ),
        ['support ', 'subscribe to ', 'follow ', 'donate to '],
      ],
      ['bio', new RegExp(`\\bis an? [^.\\n]{0,60}\\b(?:at|for|with) (?:the )?${N}\\b`, 'g'), ['is a']],
      ['told', new RegExp(`\\b(?:told|said to) (?:the )?${N}\\b`, 'g'), ['told ', 'said to ']],
      // A footer's "Copyright © 1999-2025, Pravda.Ru" has a year; a photo credit ("© AP") does not.
      ['copyright', new RegExp(`(?:©|copyright)[^\\n]{0,12}?\\d{4}[^\\n]{0,24}?${N}`, 'g'), ['©', 'copyright']],
    ];
  }

  get(id: string): OutletRecord | undefined {
    return this.outlets.find((o) => o.id === id);
  }

  /** The outlet a whole string names ("Yahoo", "the Kyiv Independent"), or undefined. */
  byExactName(text: string): OutletRecord | undefined {
    return this.byName.get(fold(text).replace(/^the /, '')) ?? this.byName.get(fold(text));
  }

  /** The outlet whose homepage is on this host (or a parent domain of it). */
  byUrl(url: string): OutletRecord | undefined {
    let host = hostOf(url);
    while (host) {
      const o = this.byHost.get(host);
      if (o) return o;
      const dot = host.indexOf('.');
      host = dot >= 0 && host.indexOf('.', dot + 1) >= 0 ? host.slice(dot + 1) : null;
    }
    return undefined;
  }

  /**
   * Where `text` names a registered outlet: each name or alias as registered, matched with its
   * case (so the alias "UP" does not match the word "up") and whole-word, longest first, in
   * reading order and without overlaps.
   */
  findNames(text: string): OutletMention[] {
    if (!this.printedNames) {
      const byText = new Map<string, OutletRecord>();
      for (const o of this.outlets) for (const n of [o.name, ...o.aliases]) if (!byText.has(n)) byText.set(n, o);
      const names = [...byText.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
      const body = names.length ? names.join('|') : '(?!)';
      this.printedNames = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu'), byText };
    }
    const { re, byText } = this.printedNames;
    const out: OutletMention[] = [];
    for (const m of text.matchAll(re)) {
      const outlet = byText.get(m[0]);
      if (outlet) out.push({ start: m.index, end: m.index + m[0].length, outlet });
    }
    return out;
  }

  /** The phrases in `text` that name an article's publisher. */
  findEvidence(text: string): OutletEvidence[] {
    const folded = fold(text);
    const out: OutletEvidence[] = [];
    for (const [kind, re, cues] of this.rules) {
      if (!cues.some((c) => folded.includes(c))) continue;
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) {
        const o = this.byName.get(m[1] ?? '');
        if (o) out.push({ outletId: o.id, kind, phrase: m[0].trim() });
      }
    }
    return out;
  }
}
/** The strongest evidence, earliest first among equals; null when there is none. */
export function strongestEvidence(evidence: readonly OutletEvidence[]): OutletEvidence | null {
  let best: OutletEvidence | null = null;
  for (const e of evidence) if (!best || EVIDENCE_STRENGTH[e.kind] > EVIDENCE_STRENGTH[best.kind]) best = e;
  return best;
}
