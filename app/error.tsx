'use client';

/** Shown instead of any unexpected error: no details, which could reveal internals. */
export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Er ging iets mis</h1>
      <p className="mt-4">De pagina kon niet worden geladen. Probeer het later opnieuw.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-rijks-blue px-4 py-2 text-white">
        Opnieuw proberen
      </button>
    </>
  );
}
