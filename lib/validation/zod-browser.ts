// Zod speeds up object parsing by compiling parsers with `new Function`, and first probes whether
// it may. Under our Content-Security-Policy (no 'unsafe-eval', ADR 0009) the probe is refused and
// the browser reports a violation, although zod then parses without it. In the browser, tell zod
// not to try. Import this (for its effect) from every client component that parses with zod.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });
