/** The stand's tablets (kiosk mode) and the accessibility scan. */
export {};

await import("./kiosk-table.e2e.ts");
await import("./kiosk-solo.e2e.ts");
await import("./kiosk-offline.e2e.ts");
await import("./a11y.e2e.ts");
