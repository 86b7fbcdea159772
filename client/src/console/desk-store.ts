/**
 * The facilitator tokens this browser holds, per session code, in localStorage: the console
 * works again after a reload or a restart of the browser, and the history lists these sessions.
 */
const KEY = "sgp.facilitator";

function all(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? "{}");
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function facilitatorToken(code: string): string | undefined {
  return all()[code];
}

export function keepFacilitatorToken(code: string, token: string): void {
  localStorage.setItem(KEY, JSON.stringify({ ...all(), [code]: token }));
}

export function forgetFacilitatorToken(code: string): void {
  const { [code]: _gone, ...rest } = all();
  localStorage.setItem(KEY, JSON.stringify(rest));
}

export function facilitatorClaims(): { code: string; token: string }[] {
  return Object.entries(all()).map(([code, token]) => ({ code, token }));
}

/** The facilitator's own link: opens the console with the capability, on any device. */
export function consoleLink(origin: string, code: string, token: string): string {
  return `${origin}/console?code=${encodeURIComponent(code)}#token=${encodeURIComponent(token)}`;
}
