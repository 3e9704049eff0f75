/**
 * Who wrote an article and who passed it on: the manifest's outlet for a page's own article;
 * on an aggregator's page, or for a further article on any page, what the text says (a dateline,
 * a promo, an outlet named on its own line above it). Structured records name their outlet,
 * or a domain that becomes an outlet of its own.
 */
import type { DraftArticle } from '../extract/page';
import { hostOf, OutletRegistry, strongestEvidence, UNKNOWN_OUTLET, type EvidenceKind } from '../outlets';
import { toWebUrl } from '../schema';
import type { ManifestEntry, Outlet, OutletId, OutletRecord } from '../types';

/** Cues too weak to name a publisher without a word of doubt ("told Reuters" is also how others cite it). */
const WEAK_EVIDENCE = new Set<EvidenceKind>(['told', 'copyright']);

export interface ResolvedOutlet {
  outletId: OutletId;
  /** Republishers, the one nearest the original first. */
  viaOutletIds: OutletId[];
  /** Doubts a reader should see ("outlet inferred only from …"). */
  warnings: string[];
}

/** The registered outlet whose page a file is: the manifest's outlet, else the one its address is on. */
export function pageOutletOf(entry: ManifestEntry, registry: OutletRegistry): OutletRecord | undefined {
  return entry.outlet ? registry.get(entry.outlet) : entry.url ? registry.byUrl(entry.url) : undefined;
}

/** A page article's publisher and republishers. */
export function resolveOutlet(
  d: DraftArticle,
  pageOutlet: OutletRecord | undefined,
  registry: OutletRegistry,
): ResolvedOutlet {
  const cue = strongestEvidence(registry.findEvidence(d.publisherText));
  const carriers: OutletId[] = [];
  for (const name of d.carrierNames) {
    const id = registry.byExactName(name)?.id;
    if (id && !carriers.includes(id)) carriers.push(id);
  }
  const { outletId, viaOutletIds } = chooseOutlet(d.role, cue?.outletId, carriers, pageOutlet);
  const warnings: string[] = [];
  if (outletId === UNKNOWN_OUTLET.id) warnings.push('no outlet named in the manifest or recognised in the text');
  if (cue && cue.outletId === outletId && WEAK_EVIDENCE.has(cue.kind)) {
    warnings.push(`outlet inferred only from "${cue.phrase}" in the text; confirm it in the manifest`);
  }
  return { outletId, viaOutletIds, warnings };
}

/**
 * The manifest names the page's outlet; on an aggregator's page, or for a further article on any
 * page, the text decides: a dateline or a promo names the original, and an outlet named on its
 * own line above the article is the one that carried it.
 */
function chooseOutlet(
  role: DraftArticle['role'],
  evidence: OutletId | undefined,
  shownBy: readonly OutletId[],
  pageOutlet: OutletRecord | undefined,
): { outletId: OutletId; viaOutletIds: OutletId[] } {
  const pageIsAggregator = pageOutlet?.kind === 'aggregator';
  if (pageOutlet && !pageIsAggregator && role === 'primary') {
    return { outletId: pageOutlet.id, viaOutletIds: [] };
  }
  const carriers = shownBy.filter((c) => c !== evidence);
  let outletId = evidence ?? carriers[0] ?? (pageIsAggregator ? undefined : pageOutlet?.id);
  const via = evidence ? carriers : carriers.slice(1);
  if (pageOutlet && pageOutlet.id !== outletId && !via.includes(pageOutlet.id)) via.push(pageOutlet.id);
  if (!outletId && pageIsAggregator) {
    outletId = via.shift();
  }
  return { outletId: outletId ?? UNKNOWN_OUTLET.id, viaOutletIds: via.filter((v) => v !== outletId) };
}

/** What a structured record says of its outlet: a name or domain, and its address. */
export interface OutletHint {
  outlet?: string;
  url?: string;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const byId = (a: Outlet, b: Outlet) => (a.id < b.id ? -1 : 1);

/**
 * The registry's outlets without their aliases, by id, made once per registry: a worker resolves
 * one file at a time, each with the same registry (hundreds of outlets at 100,000 articles).
 */
const registeredMemo = new WeakMap<OutletRegistry, readonly Outlet[]>();

function registeredOutlets(registry: OutletRegistry): readonly Outlet[] {
  let list = registeredMemo.get(registry);
  if (!list) {
    list = registry.outlets.map(({ aliases: _aliases, ...o }) => o).sort(byId);
    registeredMemo.set(registry, list);
  }
  return list;
}

/**
 * The outlets of one run: the registry's, and those structured records name by a domain the
 * registry does not know (each registered once, as an outlet of unknown kind).
 */
export class OutletTable {
  private readonly extra = new Map<string, Outlet>();

  constructor(readonly registry: OutletRegistry) {}

  /** A structured record's outlet: the manifest's, a registered one it names, or its domain's own. */
  structuredOutlet(s: OutletHint, entry: ManifestEntry): OutletId {
    const registry = this.registry;
    const known =
      (entry.outlet ? registry.get(entry.outlet) : undefined) ??
      (s.outlet
        ? (registry.get(s.outlet) ?? registry.byExactName(s.outlet) ?? registry.byUrl(`https://${s.outlet}`))
        : undefined) ??
      (s.url ? registry.byUrl(s.url) : undefined);
    if (known) return known.id;
    const domain = s.outlet ?? (s.url ? hostOf(s.url) : null);
    const id = domain ? (slug(domain) as OutletId) : '';
    // A name with no letter or digit in it makes no id: the outlet is unknown.
    if (!domain || !id) return UNKNOWN_OUTLET.id;
    if (!this.extra.has(id)) {
      const host = hostOf(`https://${domain}`);
      this.extra.set(id, {
        id,
        name: domain.replace(/^www\./, ''),
        country: null,
        kind: 'unknown',
        // Only an address the views can link to: a name such as "The Daily" is not a host.
        homepage: host ? toWebUrl(`https://${host}`) : null,
      });
    }
    return id;
  }

  /** Every outlet of the corpus, by id: the registry's, the records' own, and "unknown" when used. */
  outlets(used: ReadonlySet<string>): Outlet[] {
    const registered = registeredOutlets(this.registry);
    const more = [...this.extra.values(), ...(used.has(UNKNOWN_OUTLET.id) ? [UNKNOWN_OUTLET] : [])];
    return more.length === 0 ? [...registered] : [...registered, ...more].sort(byId);
  }
}
