import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** A decoded screenshot: 8-bit RGBA pixels, row by row. */
export interface Image {
  width: number;
  height: number;
  /** `[r, g, b, a]` at a pixel, or null outside the image. */
  pixel(x: number, y: number): [number, number, number, number] | null;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes a PNG as the browsers write screenshots: 8 bits per channel, RGB or RGBA, not
 * interlaced. Anything else is refused, so a test never reads pixels it misunderstood.
 */
export function readPng(file: string): Image {
  const data = readFileSync(file);
  if (!data.subarray(0, 8).equals(SIGNATURE)) throw new Error(`${file} is not a PNG`);
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
        throw new Error(`${file}: unsupported PNG (depth ${depth}, colour type ${colour})`);
      }
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      compressed.push(body);
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const pixels = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? (pixels[y * stride + i - channels] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (pixels[(y - 1) * stride + i - channels] ?? 0) : 0;
      const value = line[i] ?? 0;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : paeth(left, up, upLeft);
      pixels[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel(x, y) {
      const px = Math.floor(x);
      const py = Math.floor(y);
      if (px < 0 || py < 0 || px >= width || py >= height) return null;
      const i = py * stride + px * channels;
      return [
        pixels[i] ?? 0,
        pixels[i + 1] ?? 0,
        pixels[i + 2] ?? 0,
        channels === 4 ? (pixels[i + 3] ?? 0) : 255,
      ];
    },
  };
}

/** A box in the image's pixels. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How many pixels of `box` have colour (not grey: text and page are black, white and greys). */
export function colouredPixels(image: Image, box: PixelBox): number {
  let count = 0;
  for (let y = Math.ceil(box.top); y < box.bottom; y++) {
    for (let x = Math.ceil(box.left); x < box.right; x++) {
      const p = image.pixel(x, y);
      if (p && Math.max(p[0], p[1], p[2]) - Math.min(p[0], p[1], p[2]) > 24) count++;
    }
  }
  return count;
}

/** The share (0 to 1) of `box`'s pixels within a few levels of the CSS colour `rgb(r, g, b)`. */
export function shareOfColour(image: Image, box: PixelBox, css: string): number {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  const want = [Number(match[1]), Number(match[2]), Number(match[3])];
  let total = 0;
  let same = 0;
  for (let y = Math.ceil(box.top); y < box.bottom; y++) {
    for (let x = Math.ceil(box.left); x < box.right; x++) {
      const p = image.pixel(x, y);
      if (!p) continue;
      total++;
      if (want.every((v, i) => Math.abs(v - (p[i] ?? 0)) <= 3)) same++;
    }
  }
  return total === 0 ? 0 : same / total;
}
