// npm run dev / preview / typecheck: the astro command, with its usage telemetry off. A public body's tools report
// nothing out, and Astro reads the setting from the environment before it reads astro.config.mjs.
import { spawn } from 'node:child_process';

const astro = spawn('astro', process.argv.slice(2), { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
