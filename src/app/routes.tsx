import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { findArticle, findEvent } from '../core/select';
import { ArticleList } from '../features/articles/article-list';
import { ArticleView } from '../features/articles/article-view';
import { CorrectionsList } from '../features/corrections/corrections-list';
import { EventFeed } from '../features/events/event-feed';
import { EventPage } from '../features/events/event-page';
import { StoryTimeline } from '../features/stories/story-timeline';
import { useCorpus } from '../lib/corpus-context';
import { useEvents } from '../lib/use-events';

function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
}

/** A route's main heading, focused when the route is shown, so screen readers start there. */
function PageHeading({ children, focusKey }: { children: React.ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function HomeRoute() {
  usePageTitle('Events');
  return (
    <>
      <PageHeading>Events</PageHeading>
      <EventFeed />
    </>
  );
}

export function ArticlesRoute() {
  usePageTitle('All articles');
  return (
    <>
      <PageHeading>All articles</PageHeading>
      <ArticleList />
    </>
  );
}

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const article = findArticle(useCorpus(), articleId);
  usePageTitle(article?.title ?? 'Article not found');
  useEffect(() => document.getElementById('article-title')?.focus(), [articleId]);
  if (!article) return <NotFound what="article" />;
  return <ArticleView article={article} />;
}

export function EventRoute() {
  const { eventId = '' } = useParams();
  const event = findEvent(useEvents().events, eventId);
  usePageTitle(event?.title ?? 'Event not found');
  useEffect(() => document.getElementById('event-title')?.focus(), [eventId]);
  if (!event) return <NotFound what="event" />;
  return <EventPage event={event} />;
}

export function StoryRoute() {
  const { storyId = '' } = useParams();
  const story = useEvents().stories.find((s) => s.id === storyId);
  usePageTitle(story ? `Storyline: ${story.title}` : 'Storyline not found');
  if (!story) return <NotFound what="storyline" />;
  return (
    <>
      <PageHeading focusKey={storyId}>Storyline: {story.title}</PageHeading>
      <StoryTimeline story={story} />
    </>
  );
}

export function CorrectionsRoute() {
  usePageTitle('Your corrections');
  return (
    <>
      <PageHeading>Your grouping corrections</PageHeading>
      <CorrectionsList />
    </>
  );
}

export function NotFound({ what = 'page' }: { what?: string }) {
  usePageTitle('Not found');
  return (
    <div role="alert">
      <h1 id={what === 'event' ? 'event-title' : 'article-title'} tabIndex={-1}>
        No such {what}
      </h1>
      <p>
        Nothing here. <Link to="/">Back to all events</Link>
      </p>
    </div>
  );
}
