// argon2id with OWASP's recommended minimum (19 MiB, 2 passes). `algorithm: 2` is Algorithm.Argon2id,
// a const enum that cannot be imported under isolatedModules.
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
