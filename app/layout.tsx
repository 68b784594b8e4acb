import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { HydrationMark } from '@/components/hydration-mark';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Voortgang actieplannen', template: '%s · Voortgang' },
  description: 'Voortgang van de actieplannen van de ministeries en hun partners, per actielijn en per rapportage.',
  // The site icon (public/): favicon.ico for every browser, the SVG for those that prefer it.
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
  },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:bg-white focus:p-3"
        >
          Direct naar de inhoud
        </a>
        <SiteHeader />
        <main id="inhoud" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
