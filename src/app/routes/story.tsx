/** A storyline: its events in time, and how each outlet names its people and places. */
import { useParams } from 'react-router';
import { StoryTimeline } from '../../features/stories/story-timeline';
import { useCorpusView } from '../../lib/corpus-context';
import { NotFound, PageHeading, usePageTitle } from './page';

export default function StoryRoute() {
  const { storyId = '' } = useParams();
  const story = useCorpusView().storyById.get(storyId);
  usePageTitle(story ? `Storyline: ${story.title}` : 'Storyline not found');
  if (!story) return <NotFound what="storyline" />;
  return (
    <>
      <PageHeading focusKey={storyId}>Storyline: {story.title}</PageHeading>
      <StoryTimeline story={story} />
    </>
  );
}
