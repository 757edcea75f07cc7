/** Shown instead of the console when the backend does not know this browser: the secret never reached it. */
export function LaunchLinkNeeded() {
  return (
    <main className="full-page" data-testid="unauthorized">
      <h1>Meridian needs its launch link</h1>
      <p>
        This console needs its launch link: open the URL that <code>npm run serve</code> printed (it carries a
        one-time secret).
      </p>
      <p className="muted">
        In the desktop app, close this window and start Meridian again. A backend restart also starts a new session.
      </p>
    </main>
  );
}
