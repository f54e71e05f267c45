const WIDTH = 160;
const HEIGHT = 96;

/** A small PNG of the first chart in the analysis area, or null when there is none to draw. */
export function captureThumbnail(root: ParentNode = document): string | null {
  const source = root.querySelector<HTMLCanvasElement>('.shell-analysis canvas');
  if (!source || source.width === 0 || source.height === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, WIDTH, HEIGHT);
  const scale = Math.min(WIDTH / source.width, HEIGHT / source.height);
  const w = source.width * scale;
  const h = source.height * scale;
  try {
    context.drawImage(source, (WIDTH - w) / 2, (HEIGHT - h) / 2, w, h);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}
