import type { NetworkInterfaceInfo } from "node:os";

/** Interfaces that other machines cannot reach: containers' and virtual machines' bridges, tunnels. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|cni|flannel|podman|tun|tap|utun|zt|tailscale|wg)/i;

const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
const isLinkLocal = (ip: string) => ip.startsWith("169.254.");

export const isLoopbackHost = (host: string) => host === "localhost" || host.startsWith("127.") || host === "::1" || host === "[::1]";

/**
 * The address other devices on the network reach this server at, when PUBLIC_URL is not set: the
 * bound address when it is a specific one, else the first IPv4 address of a real interface, a
 * private one (a room's Wi-Fi) first. Loopback when there is none (the server is alone).
 */
export function pickHost(interfaces: Record<string, NetworkInterfaceInfo[] | undefined>, boundHost: string): string {
  if (boundHost !== "0.0.0.0" && boundHost !== "::" && boundHost !== "") return boundHost.includes(":") ? `[${boundHost}]` : boundHost;
  const candidates = Object.entries(interfaces)
    .filter(([name]) => !VIRTUAL.test(name))
    .flatMap(([, addresses]) => addresses ?? [])
    .filter((a) => a.family === "IPv4" && !a.internal && !isLinkLocal(a.address))
    .map((a) => a.address);
  return candidates.find(isPrivate) ?? candidates[0] ?? "localhost";
}

/** The one address put in every join link, QR code and report link. */
export function advertisedUrl(options: { publicUrl?: string; scheme: "http" | "https"; port: number; host: string; interfaces: Record<string, NetworkInterfaceInfo[] | undefined> }): string {
  if (options.publicUrl) return options.publicUrl.replace(/\/$/, "");
  return `${options.scheme}://${pickHost(options.interfaces, options.host)}:${options.port}`;
}
