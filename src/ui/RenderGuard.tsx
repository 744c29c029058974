import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** Shown instead of the children when they fail to render. */
  fallback: ComponentChildren;
  /** When this changes (new data), children that failed get a fresh try; children that rendered stay mounted. */
  retryKey: string;
  children: ComponentChildren;
}

/**
 * Shows `fallback` when its children throw while rendering. A directory holding an entry the
 * interface cannot show once left the whole page as it was, on "Loading the directory…", on
 * every start; the rest of the page (Quick exit, the safety note) must render whatever the data.
 */
export class RenderGuard extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static override getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.retryKey !== this.props.retryKey) this.setState({ failed: false });
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
