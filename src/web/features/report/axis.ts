/** Round upper bound for a chart's value axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Which years get a label on the time axis: all when few, else every n-th and always the last. */
export function labelledYears(years: readonly number[], maxLabels = 8): number[] {
  if (years.length <= maxLabels) return [...years];
  const step = Math.ceil(years.length / maxLabels);
  return years.filter((_, index) => index % step === 0 || index === years.length - 1);
}
