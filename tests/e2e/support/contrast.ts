// WCAG 2.x contrast, for colours as the browser computes them ("rgb(r, g, b)" or "rgba(r, g, b, a)").

export interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

/** Every rgb()/rgba() colour in a computed style value, in order (a box-shadow may hold several). */
export function parseCssColours(value: string): Rgb[] {
  const colours: Rgb[] = [];
  for (const match of value.matchAll(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)/g)) {
    colours.push({
      r: Number(match[1]),
      g: Number(match[2]),
      b: Number(match[3]),
      alpha: match[4] === undefined ? 1 : Number(match[4]),
    });
  }
  return colours;
}

export function parseCssColour(value: string): Rgb {
  const [colour] = parseCssColours(value);
  if (!colour) throw new Error(`Not an rgb() colour: ${value}`);
  return colour;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
