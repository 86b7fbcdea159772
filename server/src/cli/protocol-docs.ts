import { writeFileSync } from "node:fs";
import { renderProtocolDoc } from "@sgp/shared/protocol-docs";

writeFileSync("docs/protocol.md", renderProtocolDoc());
console.log("docs/protocol.md written");
