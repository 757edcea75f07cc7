// LaunchDarkly-style typed confirmation: the operator types the name of what a high-risk change hits (the
// region being drained, the kill switch flipped everywhere, "all regions"). Exact text, surrounding spaces
// forgiven; case matters because region and flag ids are lower-case and a near miss should not pass.
export function confirmationMatches(typed: string, expected: string): boolean {
  return typed.trim() === expected;
}

/** null when confirmed, otherwise what to type. */
export function confirmationProblem(typed: string, expected: string): string | null {
  if (confirmationMatches(typed, expected)) return null;
  return typed.trim() === '' ? `type “${expected}” to confirm` : `does not match “${expected}”`;
}
