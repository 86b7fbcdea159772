import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { advertisedUrl, isLoopbackHost, pickHost } from "./public-address.ts";

const v4 = (address: string, internal = false) => ({ address, family: "IPv4", internal, netmask: "255.255.255.0", mac: "00:00:00:00:00:00", cidr: null }) as NetworkInterfaceInfo;
const v6 = (address: string) => ({ address, family: "IPv6", internal: false, netmask: "ffff::", mac: "00:00:00:00:00:00", cidr: null, scopeid: 0 }) as NetworkInterfaceInfo;

describe("the advertised address", () => {
  it("is the room's Wi-Fi address, not loopback, a container bridge or a link-local one", () => {
    const interfaces = { lo: [v4("127.0.0.1", true)], docker0: [v4("172.17.0.1")], eth0: [v4("169.254.3.4"), v6("fe80::1")], wlan0: [v4("192.168.1.20")] };
    expect(pickHost(interfaces, "0.0.0.0")).toBe("192.168.1.20");
  });

  it("prefers a private address to a public one, and takes a public one when it is all there is", () => {
    expect(pickHost({ eth0: [v4("203.0.113.9")], eth1: [v4("10.0.0.5")] }, "0.0.0.0")).toBe("10.0.0.5");
    expect(pickHost({ eth0: [v4("203.0.113.9")] }, "::")).toBe("203.0.113.9");
  });

  it("is the bound address when the server listens on one, and loopback when alone", () => {
    expect(pickHost({ wlan0: [v4("192.168.1.20")] }, "10.1.2.3")).toBe("10.1.2.3");
    expect(pickHost({ wlan0: [v4("192.168.1.20")] }, "::1")).toBe("[::1]");
    expect(pickHost({ lo: [v4("127.0.0.1", true)] }, "0.0.0.0")).toBe("localhost");
  });

  it("is PUBLIC_URL when set, else built with the scheme and port", () => {
    const interfaces = { wlan0: [v4("192.168.1.20")] };
    expect(advertisedUrl({ publicUrl: "https://jeux.example.org/", scheme: "http", port: 2567, host: "0.0.0.0", interfaces })).toBe("https://jeux.example.org");
    expect(advertisedUrl({ scheme: "https", port: 2567, host: "0.0.0.0", interfaces })).toBe("https://192.168.1.20:2567");
  });

  it("knows loopback hosts", () => {
    for (const host of ["localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"]) expect(isLoopbackHost(host)).toBe(true);
    expect(isLoopbackHost("192.168.1.20")).toBe(false);
  });
});
