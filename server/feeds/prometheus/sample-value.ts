// Prometheus encodes sample values as strings so that NaN and ±Inf survive JSON: "NaN", "+Inf", "-Inf".

/** The number a Prometheus sample string stands for (NaN and ±Infinity included); NaN for garbage. */
export function sampleValue(text: string): number {
  switch (text) {
    case 'NaN':
      return Number.NaN;
    case '+Inf':
    case 'Inf':
      return Number.POSITIVE_INFINITY;
    case '-Inf':
      return Number.NEGATIVE_INFINITY;
    default:
      return text.trim() === '' ? Number.NaN : Number(text);
  }
}
