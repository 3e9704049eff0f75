/** Messages between the page and the search worker. */
import type { SearchFilters, SearchHit } from '../core/search';

export interface SearchRequest {
  seq: number;
  indexUrl: string;
  query: string;
  filters: SearchFilters;
  limit: number;
}

export type SearchReply =
  { kind: 'result'; seq: number; hits: SearchHit[]; total: number } | { kind: 'error'; seq: number; message: string };
