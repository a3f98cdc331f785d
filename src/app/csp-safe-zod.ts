import { z } from "zod";

// Zod compiles validators with `new Function` when it may, and decides so when each schema is
// constructed, at import time. The site runs under a CSP without 'unsafe-eval', so this module is
// imported before anything else and sends validation down its interpreted path without probing.
z.config({ jitless: true });
