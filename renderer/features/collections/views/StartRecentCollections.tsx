import { openCollectionsRoot } from '../open-root-signal';
import { useRecentCollections } from '../use-recent-collections';
import { RecentCollections } from './RecentCollections';

/** The start screen's card of recent collections folders, beside the open panel; a click opens one in the drawer. */
export function StartRecentCollections() {
  const recent = useRecentCollections();
  const { refresh } = recent;
  return <RecentCollections state={recent} onOpen={(root) => void openCollectionsRoot(root).then(refresh)} className="start-side" />;
}
