/**
 * The synthetic corpus's outlets: a few hundred invented but plausible publishers (names,
 * domains, kinds, countries), each with its own page template, date style, sections and
 * staff, written to the folder's outlets.json in the registry format of docs/corpus.md.
 */
import type { OutletKind, OutletRecord, OutletId } from '../../../src/core/types';
import { Random } from './random';
import { GIVEN_NAMES, PLACE_HEADS, PLACE_TAILS, SECTIONS, SURNAMES } from './vocabulary';

/** Page templates (see layout.ts): how an outlet's pages are laid out. */
export type Template = 'classic' | 'bar' | 'glued' | 'magazine' | 'broadcast' | 'wire' | 'aggregator';

/** How an outlet prints a publication date (see dates.ts). */
export type DateStyle =
  'us-long' | 'us-short' | 'uk-long' | 'uk-weekday' | 'iso' | 'dotted' | 'us-weekday' | 'relative';

export interface SyntheticOutlet extends OutletRecord {
  domain: string;
  template: Template;
  dateStyle: DateStyle;
  /** How much it publishes relative to the others (heavy-tailed: a few big outlets, many small). */
  weight: number;
  sections: string[];
  staff: string[];
}

/** Share of each kind among the outlets: mostly newspapers and news sites, a dozen agencies. */
export const KIND_SHARES: ReadonlyArray<readonly [OutletKind, number]> = [
  ['newspaper', 0.4],
  ['online', 0.28],
  ['broadcaster', 0.15],
  ['magazine', 0.08],
  ['news agency', 0.05],
  ['aggregator', 0.04],
];

/** Countries of English-language outlets (and English editions elsewhere), with their domain endings. */
export const COUNTRIES: ReadonlyArray<readonly [string, string, number]> = [
  ['US', 'com', 30],
  ['GB', 'co.uk', 14],
  ['CA', 'ca', 6],
  ['AU', 'com.au', 6],
  ['IN', 'in', 6],
  ['IE', 'ie', 3],
  ['NZ', 'co.nz', 2],
  ['ZA', 'co.za', 3],
  ['NG', 'com.ng', 3],
  ['KE', 'co.ke', 2],
  ['SG', 'sg', 2],
  ['PH', 'ph', 2],
  ['DE', 'de', 2],
  ['FR', 'fr', 2],
  ['UA', 'ua', 2],
  ['PL', 'pl', 1],
];

const MASTHEADS = (
  'Courier Gazette Herald Ledger Chronicle Tribune Observer Sentinel Standard Examiner Record ' +
  'Journal Dispatch Bulletin Mercury Register Argus Advertiser Clarion Packet Beacon Express'
).split(' ');
const BRAND_WORDS = (
  'Meridian Continental Atlas Compass Horizon Keystone Summit Pioneer Crescent Vanguard Northstar ' +
  'Harbor Lantern Signal Pilot Anchor Granite Prairie Cascade Tideline Bellwether Quill Ember'
).split(' ');

/** Templates a newspaper, news site or magazine uses, and how common each is. */
const PRINT_TEMPLATES: ReadonlyArray<readonly [Template, number]> = [
  ['classic', 4],
  ['bar', 3],
  ['magazine', 2],
  ['glued', 1],
];
const DATE_STYLES: ReadonlyArray<readonly [DateStyle, number]> = [
  ['us-long', 4],
  ['us-short', 2],
  ['uk-long', 3],
  ['uk-weekday', 2],
  ['iso', 2],
  ['dotted', 1],
  ['us-weekday', 2],
  ['relative', 1],
];
/** Zipf exponent of how much each outlet publishes, by rank. */
const WEIGHT_EXPONENT = 0.9;

function place(r: Random): string {
  return r.pick(PLACE_HEADS) + r.pick(PLACE_TAILS);
}

function nameFor(kind: OutletKind, r: Random): string {
  const p = place(r);
  const w = r.pick(BRAND_WORDS);
  switch (kind) {
    case 'newspaper':
      return r.pick([`The ${p} ${r.pick(MASTHEADS)}`, `${p} ${r.pick(MASTHEADS)}`, `${p} Daily ${r.pick(MASTHEADS)}`]);
    case 'broadcaster':
      return r.pick([
        `${p} Public Radio`,
        `Channel ${r.int(2, 13)} ${p}`,
        `${p} Broadcasting`,
        `${w} Television`,
        `${p} ${r.int(2, 12)} News`,
      ]);
    case 'news agency':
      return r.pick([`${w} Press Agency`, `${w} Wire Service`, `${p} News Agency`, `${w} News Service`]);
    case 'aggregator':
      return r.pick([`${w}Feed`, `News${w}`, `${w} Digest`, `Daily${w}`]);
    case 'magazine':
      return r.pick([`The ${p} Review`, `${w} Weekly`, `${w} Monthly`, `${p} Quarterly`]);
    default:
      return r.pick([`${p} Today`, `The ${w} Report`, `${w} Insider`, `${p} Now`, `The ${p} Post`]);
  }
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function templateFor(kind: OutletKind, r: Random): Template {
  if (kind === 'news agency') return 'wire';
  if (kind === 'broadcaster') return 'broadcast';
  if (kind === 'aggregator') return 'aggregator';
  return r.weighted(PRINT_TEMPLATES);
}

/** `count` outlets for the run's seed; the same seed gives the same registry. */
export function makeOutlets(seed: number, count: number): SyntheticOutlet[] {
  if (!Number.isInteger(count) || count < 10)
    throw new Error(`synthetic/outlets: need at least 10 outlets, got ${count}`);
  const r = Random.of(seed, 'outlets');
  const kinds: OutletKind[] = [];
  for (const [kind, share] of KIND_SHARES)
    for (let k = 0; k < Math.max(2, Math.round(share * count)); k++) kinds.push(kind);
  while (kinds.length > count) kinds.splice(kinds.lastIndexOf('newspaper'), 1);
  while (kinds.length < count) kinds.push('newspaper');
  const taken = new Set<string>();
  const ranks = r.shuffle(kinds.map((_, i) => i));
  return kinds.map((kind, i) => {
    const [country, tld] = r.weighted(COUNTRIES.map(([c, t, w]) => [[c, t] as const, w] as const));
    let name = '';
    let id = '';
    let domain = '';
    for (let attempt = 0; ; attempt++) {
      name = nameFor(kind, r);
      // Past a few tries the name gets a number, which no other outlet has.
      if (attempt >= 50) name = `${name} ${i + 1}`;
      id = slugOf(name);
      domain = `${id.replace(/-/g, '')}.${tld}`;
      if (![id, name.toLowerCase(), domain].some((k) => taken.has(k))) break;
    }
    for (const k of [id, name.toLowerCase(), domain]) taken.add(k);
    const aliases = [domain];
    if (name.startsWith('The ')) aliases.push(name.slice(4));
    const outlet: SyntheticOutlet = {
      id: id as OutletId,
      name,
      aliases,
      country,
      kind,
      homepage: `https://${r.chance(0.7) ? 'www.' : ''}${domain}`,
      domain,
      template: templateFor(kind, r),
      dateStyle: r.weighted(DATE_STYLES),
      weight: 1 / Math.pow(ranks[i]! + 1, WEIGHT_EXPONENT),
      sections: r.shuffle(SECTIONS).slice(0, r.int(5, 9)),
      staff: Array.from({ length: r.int(2, 14) }, () => `${r.pick(GIVEN_NAMES)} ${r.pick(SURNAMES)}`),
    };
    if ((kind === 'broadcaster' || kind === 'news agency') && r.chance(0.15)) outlet.stateOwned = true;
    return outlet;
  });
}

/** The registry file (outlets.json) for these outlets: only the fields the format has. */
export function registryJson(outlets: readonly SyntheticOutlet[]): string {
  const lines = outlets.map((o) => {
    const record: Record<string, unknown> = {
      id: o.id,
      name: o.name,
      aliases: o.aliases,
      country: o.country,
      kind: o.kind,
    };
    if (o.stateOwned) record.stateOwned = true;
    record.homepage = o.homepage;
    return `    ${JSON.stringify(record)}`;
  });
  return `{\n  "schemaVersion": 1,\n  "outlets": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
