/**
 * Date lines: a line that only says when ("Nov. 19, 2019, 8:41 AM UTC", "2 hours ago",
 * "PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: …"), as bylines, comment headers and photo
 * stamps print it. Which date it is, is for dates.ts; this only tells the line's shape.
 */

/** Words and numbers of a line (letters, digits, an apostrophe inside a word). */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** A line that ends the way a sentence ends. */
const SENTENCE_END = /[.!?。！？…;]["”’»)\]]*\s*$|["”»]\s*$/u;

/** The cues of a date: a month's name, a clock time, an age, a numeric date. */
const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b\.?/i;
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?/i;
const AGO = /\b(ago|yesterday|today|just now)\b/i;
const NUMERIC_DATE = /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;
/** Words of a date line that has an age word but no number ("Updated yesterday at noon"). */
const AGO_ONLY_MAX_WORDS = 5;
/** Words a timestamp line may have besides its dates ("Posted on", "Updated", a name). */
const TIMESTAMP_MAX_WORDS = 12;
/** Longest timestamp line ("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019"). */
const TIMESTAMP_MAX_CHARS = 110;
/** Words that are part of a date or a time: numbers, months, weekdays, am/pm, time zones. */
const DATE_TOKEN =
  /^(?:\d+(?:st|nd|rd|th|h)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a|p|m|gmt|utc|bst|cet|cest|[ecmp][sd]?t|hst)$/i;

/** Words of a line that are not part of a date or a time. */
function wordsBesideDates(text: string): number {
  return (text.match(TOKEN) ?? []).filter((t) => !DATE_TOKEN.test(t)).length;
}

/** Words beside its dates of a line that ends like a sentence and is still a date line ("Posted Nov. 18, 2019."). */
const TIMESTAMP_SENTENCE_MAX_WORDS = 4;

/** A short line that is only a date, a time or an age, with at most a few words beside them. */
export function isTimestampLine(text: string): boolean {
  // The length first: it rules out every paragraph of prose without reading its words.
  if (text.length > TIMESTAMP_MAX_CHARS) return false;
  const beside = wordsBesideDates(text);
  if (beside > TIMESTAMP_MAX_WORDS) return false;
  // A sentence that mentions a date ("The findings were published today (Nov. 18) in …") and
  // an address with a date in its path are text, not a date line.
  if (/^(?:https?:\/\/|www\.)\S*$/.test(text)) return false;
  if (SENTENCE_END.test(text) && beside > TIMESTAMP_SENTENCE_MAX_WORDS) return false;
  const words = text.match(TOKEN)?.length ?? 0;
  const signals = [MONTH, CLOCK, AGO, NUMERIC_DATE].filter((p) => p.test(text)).length;
  if (signals >= 2 || NUMERIC_DATE.test(text)) return signals >= 1;
  // One cue alone: an age ("3 hours ago", "Yesterday"), or a month or a time in a line of a few
  // words with a number. A sentence that opens with "Today," or a heading that names a month
  // ("Clinching in November") is no date line.
  const hasDigit = /\d/.test(text);
  if (signals === 1 && AGO.test(text)) return hasDigit || words <= AGO_ONLY_MAX_WORDS;
  return signals === 1 && words <= 4 && hasDigit;
}
