// Types of scripts/chromium.mjs, for the tests that import it.
export function findChromium(env?: Record<string, string | undefined>): { path: string | null; why: string };
export function launchOptions(executablePath: string): { executablePath: string; headless: boolean; args: string[] };
