import "@fontsource/atkinson-hyperlegible/400.css";
import "@fontsource/atkinson-hyperlegible/700.css";
import "./ui/tokens.css";
import "./ui/base.css";
import "./ui/components.css";
import { pageFor } from "./routes.ts";

(await pageFor(location.pathname)).start(document.getElementById("app")!);
