// Constants the client-side forms need, kept apart from the zod schemas so forms don't ship zod.
export const PASSWORD_MIN_LENGTH = 10;
