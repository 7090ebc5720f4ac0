// Entry point of a parse worker thread. A worker starts as plain Node whatever started the parent (tsx,
// vitest, the `rolecall` bin), so it registers tsx itself before loading the TypeScript sources.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
