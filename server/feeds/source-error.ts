/** Why a platform source could not be read, in words an operator can act on. */
export class SourceError extends Error {
  constructor(
    message: string,
    /** Retrying cannot help (the platform answered, but with something Meridian cannot use). */
    readonly permanent: boolean,
    /** HTTP status, when the platform answered. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export const isRetryable = (error: unknown) => !(error instanceof SourceError && error.permanent);
