import type { ShellContext } from "@sgp/client/game";
import type { EvaloState } from "../src/state.ts";

type Off = () => void;

/** Colyseus's callbacks, typed loosely enough to walk the state generically. */
interface Callbacks {
  onAdd(owner: object, property: string, handler: (item: never) => void): Off;
  onRemove(owner: object, property: string, handler: () => void): Off;
  onChange(owner: object, property: string, handler: () => void): Off;
  onChange(owner: object, handler: () => void): Off;
}

/**
 * Calls `changed` after any change the table shows: Colyseus reports changes per instance and per
 * collection, so every nested instance is watched as it arrives (and unwatched with the scene).
 */
export function watchState(shell: ShellContext<EvaloState>, changed: () => void): Off {
  const $ = shell.callbacks as unknown as Callbacks;
  const state = shell.state;
  const offs: Off[] = [];
  const on = (off: Off) => offs.push(off);
  const collection = (owner: object, property: string, each?: (item: never) => void) => {
    on(
      $.onAdd(owner, property, (item) => {
        each?.(item);
        changed();
      }),
    );
    on($.onRemove(owner, property, changed));
    on($.onChange(owner, property, changed));
  };

  on($.onChange(state, changed));
  collection(state, "seats", (seat: object) => on($.onChange(seat, changed)));
  on($.onChange(state.timer, changed));
  collection(state, "tie");
  collection(state, "disagreement");
  collection(state, "players", (player: object) => {
    on($.onChange(player, changed));
    for (const hand of ["reasonHand", "leverHand", "votes", "picks"]) collection(player, hand);
  });
  collection(state, "board", (entry: object) => {
    on($.onChange(entry, changed));
    collection(entry, "plusOnes");
  });
  collection(state, "blockers", (blocker: object) => {
    on($.onChange(blocker, changed));
    collection(blocker, "offers");
    collection(blocker, "proposals", (proposal: object) => {
      on($.onChange(proposal, changed));
      collection(proposal, "approvals");
      collection(proposal, "rejections");
    });
  });
  return () => offs.splice(0).forEach((off) => off());
}
