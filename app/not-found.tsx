import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-semibold text-rijks-blue">Pagina niet gevonden</h1>
      <p className="mt-4">Deze pagina bestaat niet (meer), of hoort bij een rapportage die nog niet is gepubliceerd.</p>
      <p className="mt-4">
        <Link href="/">Naar het overzicht van plannen</Link>
      </p>
    </>
  );
}
