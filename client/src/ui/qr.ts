import qrcode from "qrcode-generator";
import { h } from "./dom.ts";

/** A QR code of `url` as a crisp, scalable SVG image with a text alternative. */
export function qrImage(url: string, label: string): HTMLElement {
  const code = qrcode(0, "M");
  code.addData(url);
  code.make();
  const figure = h("div", { class: "qr", role: "img", "aria-label": label });
  figure.innerHTML = code.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  figure.querySelector("svg")?.setAttribute("aria-hidden", "true");
  return figure;
}
