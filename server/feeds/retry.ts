export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Backoff before retry n is random in [0, baseDelayMs · 2^(n-1)] ("full jitter"), so clients do not retry in lockstep. */
  baseDelayMs: number;
  /** Errors for which another attempt cannot help (a malformed payload) skip the remaining attempts. */
  isRetryable?: (error: unknown) => boolean;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function backoffDelay(retry: number, baseDelayMs: number, random: () => number): number {
  return Math.floor(random() * baseDelayMs * 2 ** (retry - 1));
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
      if (options.isRetryable && !options.isRetryable(error)) break;
      if (attempt < options.attempts) await sleep(backoffDelay(attempt, options.baseDelayMs, random));
    }
  }
  throw lastError;
}
