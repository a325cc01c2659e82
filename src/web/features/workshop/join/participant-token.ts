/**
 * The participant's write token, kept on this phone per code: with the cookie it lets them come back
 * (a reload, the link opened again) and change their own entries instead of joining as someone new.
 */
const key = (code: string) => `weave.join.${code}`;

export function rememberedToken(code: string): string | undefined {
  return globalThis.localStorage?.getItem(key(code)) ?? undefined;
}

export function rememberToken(code: string, token: string | undefined): void {
  if (token === undefined) globalThis.localStorage?.removeItem(key(code));
  else globalThis.localStorage?.setItem(key(code), token);
}
