import { matchMaker } from "@colyseus/core";

/**
 * Where a new room goes: a process holding the fewest rooms, counted from the room listings
 * (written as each room opens), not from the counts Colyseus persists once a second, and drawn
 * at random among equals, so that a burst of new sessions spreads over the processes. The live
 * processes are those listening on their channel, this one included.
 */
export async function leastLoadedProcess(random: () => number = Math.random): Promise<string> {
  const [rooms, channels] = await Promise.all([matchMaker.query({}), matchMaker.presence.channels("p:*")]);
  const live = [matchMaker.processId, ...channels.filter((channel) => channel.startsWith("p:")).map((channel) => channel.slice(2))];
  const counts = new Map(live.map((processId) => [processId, 0]));
  for (const room of rooms) if (counts.has(room.processId)) counts.set(room.processId, counts.get(room.processId)! + 1);
  const fewest = Math.min(...counts.values());
  const candidates = [...counts].filter(([, count]) => count === fewest).map(([processId]) => processId);
  return candidates[Math.floor(random() * candidates.length)];
}
