import * as Phaser from "phaser";
import type { Shell } from "../now.ts";

/** Runs the scene of the current phase, and only that one. */
export class DirectorScene extends Phaser.Scene {
  constructor(
    private readonly shell: Shell,
    private readonly byPhase: Record<string, string>,
  ) {
    super("evalo-director");
  }

  create(): void {
    let running = "";
    const follow = () => {
      const wanted = this.byPhase[this.shell.state.phase] ?? "";
      if (wanted === running) return;
      if (running) this.scene.stop(running);
      if (wanted) this.scene.launch(wanted);
      running = wanted;
    };
    const off = this.shell.callbacks.listen("phase", follow);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
    follow();
  }
}
