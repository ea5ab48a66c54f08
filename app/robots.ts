import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// Personal and admin areas and the API are not for crawlers (they need a session anyway).
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/dashboard", "/api", "/account", "/profile", "/check-in", "/recommendations", "/search"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
