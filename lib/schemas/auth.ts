import { z } from 'zod';

/** The login form, shared by the page (react-hook-form) and POST /api/auth/login. */
export const loginSchema = z.object({
  username: z.string().trim().min(1, 'Enter a username').max(1024),
  password: z.string().min(1, 'Enter a password').max(1024),
});
export type LoginInput = z.infer<typeof loginSchema>;
