/** Where the build's search index is (content-hashed in production, served by the dev server otherwise). */
export { searchIndexUrl } from 'virtual:parallax-corpus';
