import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
import "./ui/tokens.css";
import "./ui/base.css";
import "./ui/components.css";
import { z } from "zod";
import { pageFor } from "./routes.ts";

// The pages' CSP forbids eval: zod must not even probe for it (the probe reports a violation).
z.config({ jitless: true });
(await pageFor(location.pathname)).start(document.getElementById("app")!);
