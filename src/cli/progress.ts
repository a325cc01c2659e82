/** A passing status line on a terminal; nothing when output goes to a file or a pipe. */
export function progress(message: string): void {
  if (process.stdout.isTTY && process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${message}…`);
}

export function endProgress(): void {
  if (process.stdout.isTTY && process.stderr.isTTY) process.stderr.write("\r\x1b[2K");
}
