export interface OriginalLinkProps {
  /** The article's address as the corpus has it; nothing is shown unless it is http(s). */
  url: string | undefined;
  /** The outlet that published it, as a reader knows it. */
  outletName: string;
  className?: string;
  /** Shows only "Original ↗", the outlet and host for screen readers (a card that names its outlet already). */
  compact?: boolean;
}

/** The host a reader recognises: `www.example.com` reads as `example.com`. */
export function originalHost(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Only web addresses become links: a `javascript:` or `data:` address in a corpus stays inert.
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.hostname.replace(/^www\./, '');
}

/** A link to the article where it was first published, in a new tab, with the host shown. */
export function OriginalLink({ url, outletName, className, compact = false }: OriginalLinkProps) {
  const host = originalHost(url);
  if (!host || !url) return null;
  return (
    <a
      className={className ? `original-link ${className}` : 'original-link'}
      href={url}
      target="_blank"
      rel="noopener noreferrer"
    >
      {compact ? (
        <>
          Original
          <span className="visually-hidden">
            {' '}
            at {outletName} ({host})
          </span>
        </>
      ) : (
        <>
          Original at {outletName} <span className="original-host">({host})</span>
        </>
      )}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
