/** What the reader keeps: saved event views, and their own grouping corrections. */
import { CorrectionsList } from '../../features/corrections/corrections-list';
import { SavedList } from '../../features/saved/saved-list';
import { PageHeading, usePageTitle } from './page';

export function SavedRoute() {
  usePageTitle('Saved views');
  return (
    <>
      <PageHeading>Saved views</PageHeading>
      <SavedList />
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
