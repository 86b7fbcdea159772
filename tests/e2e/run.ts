import { after } from "node:test";
import { closeE2E } from "./harness.ts";

/** The browser suite: one server with the test-only game and one headless Chromium for every test. */
after(closeE2E);

await import("./lobby.e2e.ts");
await import("./game.e2e.ts");
await import("./coast.e2e.ts");
await import("./kiosk.e2e.ts");
await import("./preview.e2e.ts");
await import("./facilitator.e2e.ts");
await import("./evalophobia.e2e.ts");
await import("./pace.e2e.ts");
await import("./reach.e2e.ts");
await import("./screen.e2e.ts");
await import("./csp.e2e.ts");
