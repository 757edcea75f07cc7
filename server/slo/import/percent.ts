// 99.9 / 100 is 0.9990000000000001 in floating point; objectives are stored as the number the file meant.
export const fromPercent = (percent: number) => Number((percent / 100).toFixed(12));
