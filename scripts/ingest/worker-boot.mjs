// Worker threads do not inherit tsx's TypeScript loader: register it, then start the worker.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
