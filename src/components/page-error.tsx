import { Component, type ReactNode } from 'react';
import { ReloadButton } from './load-notice';

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
export class PageError extends Component<Props, { error?: unknown; place: string }> {
  override state: { error?: unknown; place: string } = { place: this.props.place };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { place: string }) {
    return props.place === state.place ? null : { error: undefined, place: props.place };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    // How browsers word a module that could not be fetched.
    const missing = /dynamically imported module|module script failed/i.test(String(error));
    return (
      <div className="page-error">
        <h1>This page could not be {missing ? 'loaded' : 'shown'}</h1>
        <p role="alert">
          {missing
            ? 'Its part of Parallax did not arrive: check the connection, then '
            : 'An error in Parallax stopped it: '}
          <ReloadButton />.
        </p>
      </div>
    );
  }
}
