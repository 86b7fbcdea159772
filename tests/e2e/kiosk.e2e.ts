/** The stand's tablets (kiosk mode) and the accessibility scan of every page. */
export {};

await import("./kiosk-table.e2e.ts");
