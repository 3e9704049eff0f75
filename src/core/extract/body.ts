/**
 * The body of one article: the lines of its run that are the article's own paragraphs, with
 * chrome, captions and glued link text taken out.
 */
import { type LineFeatures } from './lines';
import { type Region } from './regions';

export interface BodyParts {
  body: string[];
  captions: string[];
}

export function assembleBody(lines: readonly LineFeatures[], region: Region): BodyParts {
  const body: string[] = [];
  const captions: string[] = [];
  for (let i = region.start; i <= region.end; i++) {
    const f = lines[i];
    if (!f || f.chars === 0 || f.chrome || f.sectionBreak) continue;
    body.push(f.text);
  }
  return { body, captions };
}
