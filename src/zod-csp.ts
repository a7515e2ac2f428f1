/**
 * The page's Content-Security-Policy forbids eval. Zod 4 probes for it (new Function) when a
 * schema is built, which logs a CSP violation; jitless mode skips the probe. This module must be
 * imported before any module that builds a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
