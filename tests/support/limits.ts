import { CODE_ALPHABET, CODE_LENGTH } from "../../server/src/sessions/codes.ts";
import type { ServerProcess } from "./server-process.ts";

/** Well-formed join codes, counted in the codes' alphabet (a random session has one of them once in 10^8). */
export function wrongCodes(count: number, offset = 0): string[] {
  const base = CODE_ALPHABET.length;
  return Array.from({ length: count }, (_, i) => {
    let n = i + offset + base ** 5;
    let code = "";
    for (let d = 0; d < CODE_LENGTH; d++, n = Math.floor(n / base)) code = CODE_ALPHABET[n % base] + code;
    return code;
  });
}

export const lookup = (server: ServerProcess, code: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api/sessions/${code}`, { headers }).then((r) => r.status);
