// `server-only` throws outside a React Server environment; tests call the server modules directly.
export {};
