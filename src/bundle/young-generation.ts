// While a tree is walked, hashed and zipped, the main thread's young generation keeps its size.
//
// V8 doubles the young generation (up to 2 × 16 MiB semi-spaces) once enough objects have survived
// scavenges since it last grew. Bundling keeps a steady few MB alive (entries, blocks ahead,
// upload parts and their requests), so on a 20,000-file tree it always grew mid-run and the main
// thread's heap went from ≈ 55 to ≈ 95 MB committed. Measured with bench/child/revision.ts on
// the web-app tree (bundle + streamed upload, 4 runs each): peak RSS 224–254 MB without the hold,
// 203–210 MB with it over the zip, 182–191 MB over the walk and hash as well; no slower. The flag
// is read when V8 decides to grow, so setting it for these stages is enough; the default is put
// back when the last holder lets go.
import v8 from 'node:v8';

const DEFAULT_GROWTH = 2;
let holders = 0;

/** Keep the young generation from growing until the returned function is called. */
export function holdYoungGeneration(): () => void {
  if (holders++ === 0) v8.setFlagsFromString('--semi-space-growth-factor=1');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) v8.setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH}`);
  };
}
