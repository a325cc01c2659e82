/**
 * The tab a key moves to in a WAI-ARIA tab list: the arrows go to the neighbouring tab and wrap
 * around, Home and End to the first and last. Undefined for any other key.
 */
export function tabAfterKey<T>(tabs: readonly T[], current: T, key: string): T | undefined {
  const index = tabs.indexOf(current);
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
      return tabs[(index + 1) % tabs.length];
    case "ArrowLeft":
    case "ArrowUp":
      return tabs[(index - 1 + tabs.length) % tabs.length];
    case "Home":
      return tabs[0];
    case "End":
      return tabs.at(-1);
    default:
      return undefined;
  }
}
