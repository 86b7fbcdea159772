import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { getStatus, ServerProcess } from "../support/server-process.ts";

let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.stop();
});

it("serves HTTPS from the certificate and key given by the environment", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sgp-tls-"));
  const cert = join(dir, "cert.pem");
  const key = join(dir, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"], { stdio: "ignore" });
  server = await ServerProcess.start({ TLS_CERT: cert, TLS_KEY: key });
  expect(server.url).toMatch(/^https:/);
  expect(await getStatus(`${server.url}/health`)).toBe(200);
  await expect(getStatus(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow();
});
