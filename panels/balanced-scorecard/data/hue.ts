/** Which end of a traffic light a CSS colour is: red, green, or neither (amber, blue, grey, unparsable). */
export type Light = 'red' | 'green' | 'other';

interface Rgb {
  r: number;
  g: number;
  b: number;
}

function rgbOf(color: string): Rgb | null {
  const c = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/.exec(c)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    const channel = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return { r: channel(0), g: channel(2), b: channel(4) };
  }
  const rgb = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(c);
  return rgb ? { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) } : null;
}

function hueOf({ r, g, b }: Rgb): { hue: number; saturation: number } {
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta === 0) {
    return { hue: 0, saturation: 0 };
  }
  const sector = max === r ? (g - b) / delta : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return { hue: (60 * sector + 360) % 360, saturation: delta / max };
}

/** Red below hue 20° or from 330°, green from 70° to 170°, both only when saturated enough to read as colour. */
export function lightOf(color: string): Light {
  const rgb = rgbOf(color);
  if (!rgb) {
    return 'other';
  }
  const { hue, saturation } = hueOf(rgb);
  if (saturation < 0.25) {
    return 'other';
  }
  if (hue < 20 || hue >= 330) {
    return 'red';
  }
  return hue >= 70 && hue <= 170 ? 'green' : 'other';
}
