import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-12 bg-rijks-blue text-white">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-6 text-sm sm:px-6">
        <p>Voortgangsrapportages aan de Tweede Kamer, per actielijn en per rapportage.</p>
        <p>
          Open data:{' '}
          <Link href="/api/public/plans" className="text-white hover:text-white">
            /api/public/plans
          </Link>{' '}
          (JSON, alleen gepubliceerde rapportages).
        </p>
      </div>
    </footer>
  );
}
