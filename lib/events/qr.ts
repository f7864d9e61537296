import "server-only";
import QRCode from "qrcode";

/**
 * A QR code as an SVG document, made on the server (no script in the browser, nothing for the CSP to allow). The
 * qrcode library writes only <svg> and <path> elements from the text's modules, so the markup is safe to inline.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
}
