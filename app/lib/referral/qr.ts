import { encode } from "uqr";

/**
 * A QR code as one SVG path, drawn on the server so it works without
 * JavaScript, prints crisply, and makes no request to any QR service.
 * Each run of dark modules in a row becomes one rectangle.
 */
export function qrCodePath(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: "M", border: 2 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size, path: parts.join("") };
}
