// Draws the toolbar icons (a pane of glass with a customer silhouette) into public/icons/*.png.
// Run once by hand when the design changes: node scripts/make-icons.mjs. Uses only node:zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};

function pixel(x, y) {
  // Unit coordinates; a rounded teal square (glass) with a white head-and-shoulders figure.
  const inside = (px, py, r) => {
    const dx = Math.max(Math.abs(px - 0.5) - (0.5 - r), 0);
    const dy = Math.max(Math.abs(py - 0.5) - (0.5 - r), 0);
    return dx * dx + dy * dy <= r * r;
  };
  if (!inside(x, y, 0.2)) return [0, 0, 0, 0];
  const head = (x - 0.5) ** 2 + (y - 0.38) ** 2 <= 0.15 ** 2;
  const shoulders = y > 0.58 && (x - 0.5) ** 2 / 0.3 ** 2 + (y - 0.86) ** 2 / 0.26 ** 2 <= 1;
  if (head || shoulders) return [255, 255, 255, 255];
  const shine = x + y < 0.55 ? 30 : 0;
  return [20 + shine, 122 + shine, 138 + shine, 255];
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const p = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let i = 0; i < 4; i++) acc[i] += p[i] * (i < 3 ? p[3] / 255 : 1);
        }
      const alpha = acc[3] / samples ** 2;
      for (let i = 0; i < 3; i++)
        row[1 + x * 4 + i] = alpha ? Math.round(acc[i] / samples ** 2 / (alpha / 255)) : 0;
      row[1 + x * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size));
