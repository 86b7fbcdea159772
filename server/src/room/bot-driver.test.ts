import { Clock } from "@colyseus/core";
import { GameSession, type SessionInput } from "@sgp/shared";
import { describe, expect, it } from "vitest";
import tinyGame from "../../../tests/fixtures/tiny-game/index.ts";
import { BotDriver } from "./bot-driver.ts";

const content = { game: "tiny", id: "race", version: 1, title: "Course", cards: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 2, 3], target: 21 };
const host = (kind: string): SessionInput => ({ type: "command", seatId: "facilitator", host: true, kind, payload: {} });

function started(people: string[], bots: number): GameSession {
  const session = new GameSession(tinyGame, { code: "BOTSXX", contentId: "race", content, mode: "group", seed: "seed", settings: { autoStart: false } });
  for (const name of people) session.apply({ type: "seat.join", seatId: session.nextSeatId(), name, controller: "human" });
  for (let i = 0; i < bots; i++) session.apply(host("bot.add"));
  expect(session.apply(host("start"))).toEqual({ ok: true });
  return session;
}

describe("the bot driver", () => {
  it("sets no timer when no seat is a bot's", () => {
    const clock = new Clock();
    new BotDriver(started(["Ada", "Bob"], 0), clock, { delayMs: 900, share: 0 }, () => ({ ok: true }), () => false).schedule();
    expect(clock.delayed).toHaveLength(0);
  });

  it("plays a bot's move once its delay has passed", async () => {
    const clock = new Clock(true);
    const session = started([], 2);
    const inputs: SessionInput[] = [];
    const play = (input: SessionInput) => {
      inputs.push(input);
      return session.apply(input);
    };
    const driver = new BotDriver(session, clock, { delayMs: 1, share: 0 }, play, () => false);
    driver.schedule();
    expect(clock.delayed).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 100));
    clock.stop();
    expect(inputs.length).toBeGreaterThan(0);
  });
});
