// react-i18next imports the pre-React-18 shim of useSyncExternalStore; React 19 has it built in,
// and the shim would only hand over to it. Aliased in vite.config.ts.
export { useSyncExternalStore } from 'react';
