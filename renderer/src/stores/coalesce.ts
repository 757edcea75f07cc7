/**
 * Live ticks can arrive faster than a refetch completes. A coalesced loader runs at most one request at a
 * time and, if asked again meanwhile, runs exactly once more afterwards, so the last answer is never older
 * than the last tick and ticks never pile up requests.
 */
export function coalesce(run: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let again = false;

  const loop = async (): Promise<void> => {
    try {
      do {
        again = false;
        await run();
      } while (again);
    } finally {
      inFlight = null;
    }
  };

  return () => {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = loop();
    return inFlight;
  };
}
