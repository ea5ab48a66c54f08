// The CSV import's limits, apart from the parser so the upload form can check a file's size in the
// browser without shipping csv-parse.
export const IMPORT_LIMITS = { maxRows: 5000, maxBytes: 1024 * 1024 } as const;

export const FILE_TOO_LARGE = "The file is larger than 1 MB; split it into smaller files";
