import { NextResponse } from 'next/server';

/** JSON errors of the public API: a status and a Dutch message, never a stack trace. */
export function jsonError(status: number, message: string) {
  return NextResponse.json({ error: message }, { status });
}

/** The same for downloads that are not JSON: the Dutch message as plain text. */
export function plainTextError(status: number, message: string, headers: Record<string, string> = {}) {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}
