/** The stand's tablets (kiosk mode). */
export {};

await import("./kiosk-table.e2e.ts");
await import("./kiosk-offline.e2e.ts");
