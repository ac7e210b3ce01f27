import { z } from './zod';

/** How long a username or password may be. */
export const MAX_CREDENTIAL_LENGTH = 1024;

/** The login form, shared by the page (react-hook-form) and POST /api/auth/login. */
export const loginSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, 'Enter a username')
    .max(MAX_CREDENTIAL_LENGTH)
    // HTTP Basic authentication splits "user:password" at the first colon: "guest:a" with
    // password "b" would reach the broker as user "guest" with password "a:b".
    .refine((name) => !name.includes(':'), 'A username cannot contain “:” (HTTP Basic authentication, which Warren logs in with, splits there)'),
  password: z.string().min(1, 'Enter a password').max(MAX_CREDENTIAL_LENGTH),
});
export type LoginInput = z.infer<typeof loginSchema>;
