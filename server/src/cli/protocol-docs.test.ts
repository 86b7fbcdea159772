import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { renderProtocolDoc } from "@sgp/shared/protocol-docs";

it("docs/protocol.md is the one generated from the schemas (run npm run protocol:docs)", () => {
  expect(readFileSync("docs/protocol.md", "utf8")).toBe(renderProtocolDoc());
});
