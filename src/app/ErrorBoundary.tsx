import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  readonly error: Error | null;
}

/** Last line of defence: a clear French message and a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-page" role="alert">
        <h1>Une erreur inattendue est survenue</h1>
        <p>Vos données enregistrées dans ce navigateur sont conservées.</p>
        <p>
          <a className="button" href="/">
            Revenir à l’accueil
          </a>
        </p>
      </div>
    );
  }
}
