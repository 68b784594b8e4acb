/** A token as links carry it: 32 bytes in base64url, 43 characters. Shared by the schema and the pages. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
