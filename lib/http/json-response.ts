import { NextResponse } from 'next/server';

/** JSON errors of the public API: a status and a Dutch message, never a stack trace. */
export function jsonError(status: number, message: string) {
  return NextResponse.json({ error: message }, { status });
}
