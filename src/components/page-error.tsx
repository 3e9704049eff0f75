import { Component, type ReactNode } from 'react';

/** A script the page needed that did not arrive, as browsers word it when a module cannot be fetched. */
function isMissingScript(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|module script failed|error loading dynamically imported module/i.test(error.message)
  );
}

interface Props {
  children: ReactNode;
  /** The address: when it changes, the page is tried again (the reader went elsewhere). */
  place: string;
}

/**
 * A page that could not be shown says so, where it would have been, instead of leaving the
 * reader a blank window: its script did not arrive (offline before the app was stored on this
 * device: a browser keeps a failed script failed until the page is loaded again), or it failed.
 * The header, and every other page, still work.
 */
export class PageError extends Component<Props, { error: unknown; place: string }> {
  override state = { error: null as unknown, place: this.props.place };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; place: string }) {
    return props.place === state.place ? null : { error: null, place: props.place };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <div className="page-error">
        <h1>{isMissingScript(error) ? 'This page could not be loaded' : 'This page could not be shown'}</h1>
        <p role="alert">
          {isMissingScript(error)
            ? 'Its part of Parallax did not arrive: check the connection, then '
            : 'An error in Parallax kept it from being shown. Try again: '}
          <button type="button" className="button button-quiet" onClick={() => window.location.reload()}>
            reload the page
          </button>
          .
        </p>
      </div>
    );
  }
}
