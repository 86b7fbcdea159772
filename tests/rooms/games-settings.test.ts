import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server-process.ts";

let server: ServerProcess;

beforeAll(async () => {
  server = await ServerProcess.start();
});

afterAll(async () => {
  await server?.stop();
});

interface NumberSetting {
  type: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

describe("GET /api/games describes the settings a facilitator may choose", () => {
  it("gives each game's settings and the platform's as JSON Schemas with bounds and defaults", async () => {
    const body = await (await fetch(`${server.url}/api/games`)).json();
    const evalophobia = body.games.find((g: { id: string }) => g.id === "evalophobia");
    const diagnosis: NumberSetting = evalophobia.settings.properties.diagnosisSeconds;
    expect(diagnosis).toMatchObject({ type: "integer", minimum: 10, maximum: 36_000, default: 480 });
    const coast = body.games.find((g: { id: string }) => g.id === "coast");
    expect(coast.settings.properties.roleAssignment).toMatchObject({ enum: ["random", "order"], default: "random" });
    expect(body.platformSettings.properties.botsAllowed).toMatchObject({ type: "boolean", default: true });
    expect(body.platformSettings.properties.fillWithBots).toMatchObject({ type: "boolean", default: false });
  });
});
