/// <reference types="vite/client" />

declare module 'virtual:parallax-corpus' {
  /** Address of the corpus built from seeds/ (content-hashed in production builds). */
  export const corpusUrl: string;
}
