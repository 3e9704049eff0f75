/** Messages between the page and the search worker. */
import type { SearchFilters, SearchHit } from '../core/search';

export interface SearchRequest {
  kind?: 'search';
  seq: number;
  indexUrl: string;
  query: string;
  filters: SearchFilters;
  limit: number;
}

export type SearchReply =
  { kind: 'result'; seq: number; hits: SearchHit[]; total: number } | { kind: 'error'; seq: number; message: string };

/** Load the index now, ahead of a first query: the reader is in the search box. */
export interface PrepareRequest {
  kind: 'prepare';
  indexUrl: string;
}
