import { Link } from 'react-router';
import { EventDate } from '../../components/event-date';
import { NamingTable } from '../../components/naming-table';
import { namingRows } from '../../core/compare/select-sources';
import { outletName } from '../../core/select';
import type { Story } from '../../core/types';
import { useCorpusView } from '../../lib/corpus-context';

export interface StoryTimelineProps {
  story: Story;
}

/** A storyline as a dated timeline of its events, oldest first. */
export function StoryTimeline({ story }: StoryTimelineProps) {
  const { corpus, eventById, coverage } = useCorpusView();
  const members = story.eventIds.map((id) => eventById.get(id)).filter((e) => e !== undefined);
  return (
    <>
      <p className="lede">
        Storyline of {members.length} {members.length === 1 ? 'event' : 'events'}: related happenings with the same
        actors and subject, oldest first.
      </p>
      <ol className="timeline" aria-label="Events, oldest first">
        {members.map((e) => (
          <li key={e.id}>
            <p className="meta">
              <EventDate event={e} />
            </p>
            <h2>
              <Link to={`/events/${e.id}`}>{e.title}</Link>
            </h2>
            <p className="outlets">
              {(coverage.get(e.id)?.outletIds ?? []).map((o) => outletName(corpus, o)).join(' · ')}
            </p>
          </li>
        ))}
      </ol>
      {story.naming.length ? (
        <section aria-labelledby="story-naming-h">
          <h2 id="story-naming-h">How its reports name things</h2>
          <NamingTable
            rows={namingRows(corpus, story.naming)}
            caption="The same person, place or body in each outlet’s words, across the storyline’s events"
          />
        </section>
      ) : null}
    </>
  );
}
