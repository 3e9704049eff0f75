/**
 * ECB+ topics 1–35 (../shared/data/ecbplus-dev) as grouping inputs. Each record is one news
 * document as a list of sentences; `ecbplus` documents open with their source URL and a
 * date line, the older `ecb` ones carry no metadata at all. A document becomes what an
 * ingest would hand the grouping: the URL line left out (it is metadata, and it spells the
 * headline), a short line that is only a date read as the publication date, the first
 * other line as the headline and the rest as the body. The gold event is `event_cluster`
 * (topic + subtopic): two different happenings of the same kind per topic.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { findAbsoluteDate } from '../../src/core/extract/dates';
import type { GroupInput } from '../../src/core/group/vectors';

export interface EcbRecord {
  doc_name: string;
  topic: number;
  subtopic: 'ecb' | 'ecbplus';
  event_cluster: string;
  sentences: string[];
}

/** The release's detokenised URLs: "http: / / www. site. com / …". */
const URL_LINE = /^(?:https?:\s*\/\s*\/|www\.\s)/i;
/** Lines at the top of a document where a date line may stand (URL, headline, date, byline). */
const DATE_LINE_WINDOW = 4;
/** A date line is short: a date with maybe a weekday, a time and "Published". */
const MAX_DATE_LINE_CHARS = 60;

/** Undo the detokeniser's spaces inside times and numeric dates ("1: 32 PM", "05 / 02 / 2013"). */
function untokenize(line: string): string {
  return line.replace(/(\d)\s*([:/])\s*(?=\d)/g, '$1$2');
}

export function ecbInput(r: EcbRecord): GroupInput {
  const lines = r.sentences.map((s) => s.trim()).filter((s) => s.length > 0 && !URL_LINE.test(s));
  let date: string | null = null;
  const rest: string[] = [];
  lines.forEach((line, i) => {
    const found =
      i < DATE_LINE_WINDOW && line.length <= MAX_DATE_LINE_CHARS ? findAbsoluteDate(untokenize(line)) : null;
    if (found && date === null) date = found.date;
    else if (!found) rest.push(line);
  });
  return { id: r.doc_name, title: rest[0] ?? '', body: rest.slice(1), date };
}

export function readEcbPlus(path: string): { records: EcbRecord[]; inputs: GroupInput[]; gold: Map<string, string> } {
  const records = gunzipSync(readFileSync(path))
    .toString('utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EcbRecord);
  return {
    records,
    inputs: records.map(ecbInput),
    gold: new Map(records.map((r) => [r.doc_name, r.event_cluster])),
  };
}
