/** An outlet: who it is and what it published. */
import { useParams } from 'react-router';
import { findOutlet } from '../../core/select';
import { OutletProfile } from '../../features/outlets/outlet-profile';
import { useCorpus } from '../../lib/corpus-context';
import { NotFound, PageHeading, usePageTitle } from './page';

export default function OutletRoute() {
  const { outletId = '' } = useParams();
  const outlet = findOutlet(useCorpus(), outletId);
  usePageTitle(outlet?.name ?? 'Outlet not found');
  if (!outlet) return <NotFound what="outlet" />;
  return (
    <>
      <PageHeading focusKey={outletId}>{outlet.name}</PageHeading>
      <OutletProfile outlet={outlet} />
    </>
  );
}
