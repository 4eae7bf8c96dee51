import { config } from 'zod/mini';

// Zod compiles object parsers with `new Function` when it can, probing for it first; under the
// app's Content-Security-Policy (no eval, Trusted Types) the probe itself is a logged violation.
// Parsing without the compiled fast path is plenty fast for settings, records and imports.
config({ jitless: true });
