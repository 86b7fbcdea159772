import { errorText, t, type MessageKey } from "../i18n/index.ts";
import { CodedError } from "../net/errors.ts";

/** What to tell the person about any failure, in their language. */
export function describeError(error: unknown): string {
  if (!(error instanceof CodedError)) return t("conn.network");
  if (error.code === "network") return t("conn.network");
  if (error.code.startsWith("conn.")) return t(error.code as MessageKey);
  return errorText(error.code, error.params, error.message);
}
