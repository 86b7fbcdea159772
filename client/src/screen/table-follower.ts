import { kioskScreen } from "../console/desk-api.ts";

const POLL_MS = 5000;

/**
 * A stand table's big screen follows the table from game to game: it asks which session the table
 * plays now, and calls back whenever that changes.
 */
export function followTable(table: string, onCode: (code: string) => void, onError: (error: unknown) => void): () => void {
  let current = "";
  let stopped = false;
  const ask = async () => {
    try {
      const { code } = await kioskScreen(table);
      if (!stopped && code !== current) {
        current = code;
        onCode(code);
      }
    } catch (error) {
      onError(error);
    }
  };
  void ask();
  const interval = setInterval(() => void ask(), POLL_MS);
  return () => {
    stopped = true;
    clearInterval(interval);
  };
}
