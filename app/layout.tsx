import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SteadyBack: BMI and back care for lifters", template: "%s · SteadyBack" },
  description:
    "Track your BMI over time and get back-care routines (decompression, stretching, core work) that fit " +
    "you. Guidance, not diagnosis.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#17805e" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
