/** The build's search index, asked for ahead of a first query (the search box, on focus). */
import { prepareSearch } from '../../lib/search-client';
import { searchIndexUrl } from '../../lib/search-source';

export function prepareSearchIndex(): void {
  prepareSearch(searchIndexUrl);
}
