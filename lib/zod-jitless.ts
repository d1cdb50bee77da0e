import { z } from 'zod';

// Zod 4 probes for eval support with `Function("")` the first time it builds an object schema, to decide whether to
// compile faster parsers. Our CSP forbids eval (RELIABILITY SEC-2), so in the browser the probe is refused and
// reported as a `script-src` violation on every page that loads the progress store (SEC-3). `jitless` skips the
// probe; the progress blob is tiny, so the interpreted parser costs nothing noticeable. Imported for its side
// effect before any schema is built: lib/progress/progress-schema.ts imports it first.
z.config({ jitless: true });
