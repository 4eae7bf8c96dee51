import { config } from 'zod';

// Zod compiles object parsers with `new Function` when it can, probing for it when the first
// object schema is built; under the app's Content-Security-Policy (no eval, Trusted Types) the
// probe itself is a logged violation. Parsing without the compiled fast path is plenty fast for
// what zod still checks at run time: imported articles and the library.
//
// Only the lazily loaded pages that build zod schemas (the vocabulary page through the glossary
// schema's tag list) need this, so they import it first, before any schema module runs:
// app/vocabulary-routes, app/import-route, app/imported-article-route.
// The reading path uses valibot, which never evaluates strings (decision 10).
config({ jitless: true });
