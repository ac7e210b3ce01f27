import { z } from 'zod';

// zod, as every schema of Warren's uses it. In the browser zod must not compile its parsers with
// `new Function`: Warren's Content-Security-Policy has no 'unsafe-eval', and even zod's probe
// for it is reported as a violation. On the server the compiled parsers stay (faster).
if (typeof window !== 'undefined') z.config({ jitless: true });

export { z };
