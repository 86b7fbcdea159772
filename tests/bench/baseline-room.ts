/**
 * The bare framework, for `npm run bench -- --baseline`: a minimal Colyseus 0.18 card game of
 * the same shape as the project's sessions (5 players, 6-card private hands) with one command
 * that changes a private and a public field, like a vote, and sends the patch at once.
 */
import { Room, type Client } from "@colyseus/core";
import { StateView, schema, t, type SchemaType } from "@colyseus/schema";

export const BASELINE_ROOM = "baseline";
export const BASELINE_PLAYERS = 5;
const HAND_SIZE = 6;

const BaselinePlayer = schema(
  {
    hand: t.array("string").view(),
    /** Whether this player's vote is cast: private, like the project's votes. */
    vote: t.number().view(),
    cards: t.number().default(HAND_SIZE),
  },
  "BaselinePlayer",
);
type BaselinePlayer = SchemaType<typeof BaselinePlayer>;

const BaselineState = schema(
  {
    players: t.map(BaselinePlayer),
    /** Votes cast at the table: public. */
    votes: t.number().default(0),
  },
  "BaselineState",
);
type BaselineState = SchemaType<typeof BaselineState>;

export class BaselineRoom extends Room<{ state: BaselineState }> {
  override maxClients = BASELINE_PLAYERS;
  private dealt = 0;

  override onCreate(options: { players?: number }): void {
    this.maxClients = options.players ?? BASELINE_PLAYERS;
    this.state = new BaselineState();
    this.patchRate = null;
    this.onMessage("vote", (client: Client) => {
      const player = this.state.players.get(client.sessionId);
      if (!player) return;
      player.vote = player.vote ? 0 : 1;
      this.state.votes += player.vote ? 1 : -1;
      this.broadcastPatch();
    });
  }

  override onJoin(client: Client): void {
    const player = new BaselinePlayer();
    for (let card = 0; card < HAND_SIZE; card++) player.hand.push(`card-${++this.dealt}`);
    this.state.players.set(client.sessionId, player);
    client.view = new StateView();
    client.view.add(player);
    this.broadcastPatch();
  }

  override onLeave(client: Client): void {
    this.state.players.delete(client.sessionId);
  }
}
