/// <reference types="vite/client" />

declare module 'virtual:parallax-corpus' {
  /** Address of the corpus built from seeds/ (content-hashed in production builds). */
  export const corpusUrl: string;
  /** Address of the full-text search index over the corpus's articles (MiniSearch JSON). */
  export const searchIndexUrl: string;
}
