/**
 * Draws the toolbar and store icons (src/public/icon/<size>.png): a seed of light over a highlighted
 * line. Run with `npx tsx scripts/make-icons.ts`; the output is committed and deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const SIZES = [16, 32, 48, 96, 128];
const SAMPLES = 4;
const BACKGROUND: Rgba = [17, 94, 89, 255];
const LIGHT: Rgba = [250, 204, 21, 255];
const LINE: Rgba = [255, 255, 255, 255];

/** The colour at a point of the unit square, or null outside the icon. */
function shade(x: number, y: number): Rgba | null {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  if ((x - 0.5) ** 2 + ((y - 0.42) / 1.25) ** 2 < 0.2 ** 2) return LIGHT;
  if (y > 0.72 && y < 0.8 && x > 0.2 && x < 0.8) return LINE;
  return BACKGROUND;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const colour = shade(x, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += colour[3];
        }
      }
      // Colours are opaque: average the covered samples for colour, all samples for alpha.
      const covered = a / 255;
      const offset = 1 + px * 4;
      row[offset] = covered ? Math.round(r / covered) : 0;
      row[offset + 1] = covered ? Math.round(g / covered) : 0;
      row[offset + 2] = covered ? Math.round(b / covered) : 0;
      row[offset + 3] = Math.round(a / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.resolve('src/public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(path.join(dir, `${size}.png`), render(size));
process.stderr.write(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${dir}\n`);
